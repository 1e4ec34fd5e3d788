using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Input;

namespace Smi.Docs.Server.Http;

/// <summary>
/// The case in a request body, read by the core's <see cref="CaseReader"/> exactly as the CLI reads a file: the body
/// is taken only as JSON and only within its budget, decoded as strict UTF-8, then checked by the reader, which reports
/// every problem located by JSON path. No second validator lives here.
/// </summary>
internal static class CaseBody
{
    /// <summary>How diagnostics name the body, as the CLI names the case file.</summary>
    public const string FileName = "zaak.json";

    private static readonly InputBoundaryCodes Boundary = CaseCodes.Input.Boundary!;

    /// <summary>The case, null when the body is empty (a blank form, the publiekstekst), or the problems that stop the request.</summary>
    public static async Task<(SmiCase? Case, Problem.ProblemResult? Refusal)> ReadAsync(HttpRequest request, ServerSettings settings, bool required)
    {
        // A type that is not JSON is refused before a byte is read; a body without a type only once it turns out to hold something.
        if (request.ContentType is not null && !request.HasJsonContentType())
        {
            return (null, NotJson());
        }
        var bytes = await ReadWithinAsync(request, settings.MaxBodyBytes);
        if (bytes is null)
        {
            return (null, Refuse(Boundary.FileTooLarge, $"the case is larger than {settings.MaxBodyBytes / 1024} KiB; expected a smaller case", FileName, StatusCodes.Status413PayloadTooLarge));
        }
        if (bytes.Length == 0)
        {
            return (null, required ? NotJson() : null);
        }
        if (request.ContentType is null)
        {
            return (null, NotJson());
        }
        string json;
        try
        {
            var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            json = InputFile.StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return (null, Refuse(Boundary.NotUnicode, "the body is not valid UTF-8; expected UTF-8 text", FileName, StatusCodes.Status400BadRequest));
        }
        try
        {
            return (CaseReader.Read(json, FileName), null);
        }
        catch (SmiDocsException e)
        {
            return (null, Problem.For(e.Diagnostics));
        }
    }

    /// <summary>At most <paramref name="maxBytes"/> of the body, or null when it holds more (read no further than one byte past).</summary>
    private static async Task<byte[]?> ReadWithinAsync(HttpRequest request, int maxBytes)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        // Kestrel's own limit would end the request with an exception; this one answers with a problem.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Problem.ProblemResult NotJson() =>
        Refuse(ServerCodes.UnsupportedMediaType, "expected a case as a body of type application/json", "Content-Type", StatusCodes.Status415UnsupportedMediaType);

    private static Problem.ProblemResult Refuse(DiagnosticCode code, string message, string where, int status) =>
        Problem.For(status, [Diagnostic.Error(code, message, new SourceLocation(where))]);
}
