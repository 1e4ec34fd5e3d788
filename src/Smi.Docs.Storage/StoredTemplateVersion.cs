namespace Smi.Docs.Storage;

/// <summary>
/// One saved text of a municipality's template (document × language) in the studio: who saved it, when, why, and its
/// state (<see cref="TemplateVersionStates"/>); once published, who approved it, when, and the date from which it applies.
/// </summary>
/// <param name="ValidFrom">The first decision date (besluitdatum) the version applies to; null until published.</param>
public sealed record StoredTemplateVersion(
    string Id,
    string TenantId,
    string Document,
    string Taal,
    string Tekst,
    string State,
    string AuthorId,
    DateTimeOffset CreatedAt,
    string Comment,
    string? ApprovedBy = null,
    DateTimeOffset? ApprovedAt = null,
    DateOnly? ValidFrom = null)
{
    public bool IsPublished => State == TemplateVersionStates.Gepubliceerd;
}
