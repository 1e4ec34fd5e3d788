namespace Smi.Docs.Diagnostics;

/// <summary>
/// SMI41xx: what a caller of the HTTP service (src/Smi.Docs.Server) sent beyond the case itself: its key, its media
/// types, its pace. SMI4903: the service is too busy, which is not the caller's fault. Each maps to one HTTP status
/// (docs/server.md); the case, the profile and the options keep their own codes there too.
/// </summary>
public static class ServerCodes
{
    /// <summary>No <c>Authorization: Bearer</c> or <c>X-Api-Key</c> header (401).</summary>
    public static readonly DiagnosticCode ApiKeyMissing = new("SMI4101", DiagnosticOrigin.Options, Severity.Error, "API key missing");

    /// <summary>A key no tenant has (401).</summary>
    public static readonly DiagnosticCode ApiKeyUnknown = new("SMI4102", DiagnosticOrigin.Options, Severity.Error, "API key unknown");

    /// <summary>A key that was revoked (403).</summary>
    public static readonly DiagnosticCode ApiKeyRevoked = new("SMI4103", DiagnosticOrigin.Options, Severity.Error, "API key revoked");

    /// <summary>A request naming another tenant than the key's own (403).</summary>
    public static readonly DiagnosticCode OtherTenant = new("SMI4104", DiagnosticOrigin.Options, Severity.Error, "Other tenant");

    /// <summary>A body that is not <c>application/json</c> (415).</summary>
    public static readonly DiagnosticCode UnsupportedMediaType = new("SMI4105", DiagnosticOrigin.Options, Severity.Error, "Unsupported media type");

    /// <summary>An <c>Accept</c> header naming no format the service makes (406).</summary>
    public static readonly DiagnosticCode NotAcceptable = new("SMI4106", DiagnosticOrigin.Options, Severity.Error, "No acceptable format");

    /// <summary>The tenant sent more requests than its rate allows (429).</summary>
    public static readonly DiagnosticCode RateLimited = new("SMI4107", DiagnosticOrigin.Options, Severity.Error, "Too many requests");

    /// <summary>A query parameter that is not one of its allowed values (400).</summary>
    public static readonly DiagnosticCode InvalidParameter = new("SMI4108", DiagnosticOrigin.Options, Severity.Error, "Invalid query parameter");

    /// <summary>No endpoint at this path or a form the templates do not have (404).</summary>
    public static readonly DiagnosticCode NotFound = new("SMI4109", DiagnosticOrigin.Options, Severity.Error, "Not found");

    /// <summary>A batch's files asked for before every item is made or failed (409); the progress says how far it is.</summary>
    public static readonly DiagnosticCode BatchNotFinished = new("SMI4110", DiagnosticOrigin.Options, Severity.Error, "Batch not finished");

    /// <summary>A batch body without a single case line (400).</summary>
    public static readonly DiagnosticCode BatchEmpty = new("SMI4111", DiagnosticOrigin.Options, Severity.Error, "Empty batch");

    /// <summary>The PDF queue is full (503 with <c>Retry-After</c>); the same request succeeds later.</summary>
    public static readonly DiagnosticCode Busy = new("SMI4903", DiagnosticOrigin.Machine, Severity.Error, "Service busy");

    /// <summary>The service runs without Chromium (<c>Smi:Pdf</c> false), so it makes no PDF (503).</summary>
    public static readonly DiagnosticCode PdfSwitchedOff = new("SMI4904", DiagnosticOrigin.Machine, Severity.Error, "PDF switched off");
}
