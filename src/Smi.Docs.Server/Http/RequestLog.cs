using System.Diagnostics;
using Smi.Docs.Composition;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Tenancy;

namespace Smi.Docs.Server.Http;

/// <summary>
/// One log line per request, with a request id every other line of that request carries too (a logging scope, which
/// the JSON console writes as <c>Scopes</c>), and the same id in the answer's <c>X-Request-Id</c>: a case system that
/// reports a failure quotes it and the operator finds every line of that request. The line names what is safe to log:
/// the route pattern (never the path or query as sent), the tenant, a document id only when it is one we know, the status
/// and the duration.
/// </summary>
internal sealed class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public const string RequestIdHeader = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        // Our own id, never the caller's: a header the caller fills may hold anything, a case number too.
        var requestId = Guid.NewGuid().ToString("N");
        context.TraceIdentifier = requestId;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[RequestIdHeader] = requestId;
            // Every 503 is temporary (Chromium starting again, the PDF queue full): say when to come back.
            if (context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable && headers.RetryAfter.Count == 0)
            {
                headers.RetryAfter = PdfQueue.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return Task.CompletedTask;
        });
        using (logger.BeginScope("Request {RequestId}", requestId))
        {
            try
            {
                await next(context);
            }
            finally
            {
                var document = context.Request.RouteValues.TryGetValue("document", out var value) && value is string id
                    ? DocumentDefinitions.Find(id)?.Id
                    : null;
                logger.LogInformation("{Method} {Route} for {Tenant} {Document}: {Status} in {DurationMs} ms",
                    context.Request.Method,
                    (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)",
                    context.FindCaller()?.Tenant.Id ?? "-",
                    document ?? "-",
                    context.Response.StatusCode,
                    (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }
}
