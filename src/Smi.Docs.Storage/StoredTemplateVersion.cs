namespace Smi.Docs.Storage;

/// <summary>
/// One saved text of a municipality's template (document × language) in the studio: who saved it, when, why, and its
/// state (<see cref="TemplateVersionStates"/>). Publishing (a second person, a date from which it applies) comes later;
/// the columns for it are there.
/// </summary>
public sealed record StoredTemplateVersion(
    string Id,
    string TenantId,
    string Document,
    string Taal,
    string Tekst,
    string State,
    string AuthorId,
    DateTimeOffset CreatedAt,
    string Comment);
