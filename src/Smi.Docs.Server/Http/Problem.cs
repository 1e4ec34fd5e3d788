using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Server.Http;

/// <summary>
/// An error answer as RFC 9457 problem details (<c>application/problem+json</c>), carrying the located diagnostics the
/// CLI prints: code, severity, message and where (JSON path, line and column). Never a stack trace; the messages are the
/// diagnostics' own, which never repeat a case value (docs/diagnostics.md).
/// </summary>
internal static class Problem
{
    public const string MediaType = "application/problem+json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ProblemResult For(IReadOnlyList<Diagnostic> diagnostics) => For(HttpStatus.For(diagnostics), diagnostics);

    public static ProblemResult For(int status, IReadOnlyList<Diagnostic> diagnostics, int? retryAfterSeconds = null) =>
        new(status, diagnostics, retryAfterSeconds);

    public static Diagnostic? FirstError(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) ?? diagnostics.FirstOrDefault();

    public static object Body(int status, IReadOnlyList<Diagnostic> diagnostics, string instance)
    {
        var first = FirstError(diagnostics);
        return new
        {
            type = first is null ? "about:blank" : $"urn:smi-docs:diagnostic:{first.Code}",
            title = first?.Definition.Title ?? ReasonPhrases.GetReasonPhrase(status),
            status,
            detail = first?.Message,
            instance,
            diagnostics = diagnostics.Select(DiagnosticJson.From).ToList(),
        };
    }

    /// <summary>A problem answer; its status and first code also go into the audit trail.</summary>
    internal sealed class ProblemResult(int status, IReadOnlyList<Diagnostic> diagnostics, int? retryAfterSeconds) : IResult, IStatusCodeHttpResult
    {
        public int StatusCode => status;

        int? IStatusCodeHttpResult.StatusCode => status;

        /// <summary>The first error's code, e.g. <c>SMI1002</c>.</summary>
        public string Code => FirstError(diagnostics)?.Code ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = MediaType;
            if (retryAfterSeconds is { } seconds)
            {
                response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            await JsonSerializer.SerializeAsync(response.Body, Body(status, diagnostics, httpContext.Request.Path), Json, httpContext.RequestAborted);
        }
    }
}
