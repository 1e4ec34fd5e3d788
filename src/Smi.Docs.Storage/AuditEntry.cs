namespace Smi.Docs.Storage;

/// <summary>
/// One rendered (or refused) document: who asked, what was made from which templates, what came out (its SHA-256)
/// and how long it took. No personal data: the kenmerk is the municipality's own case reference.
/// </summary>
/// <param name="Formaten">The formats asked for, comma-separated (<c>html,pdf</c>).</param>
/// <param name="OutputSha256">SHA-256 (hex) of the response body; null when nothing was made.</param>
/// <param name="Outcome"><c>ok</c>, or the code of the first error (<c>SMI1002</c>).</param>
/// <param name="Status">The HTTP status the caller got.</param>
/// <param name="Sjabloonversies">The tenant's published template versions the document was made with (ids, comma-separated); null when none applied.</param>
public sealed record AuditEntry(
    string Id,
    string TenantId,
    string KeyId,
    DateTimeOffset At,
    string? Kenmerk,
    string Document,
    string Taal,
    string Formaten,
    string TemplateVersion,
    string? OutputSha256,
    long DurationMs,
    string Outcome,
    int Status,
    string? Sjabloonversies = null);
