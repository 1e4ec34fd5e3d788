namespace Smi.Docs.Storage;

/// <summary>
/// Which published versions apply to a letter: per template (document × language) the one with the latest
/// <see cref="StoredTemplateVersion.ValidFrom"/> on or before the letter's date; of two from the same date, the one approved
/// last (a correction, or a rollback). Without a date (a document that has none) the newest publication applies.
/// </summary>
public static class TemplateVersionSelection
{
    public static IReadOnlyList<StoredTemplateVersion> ValidOn(IEnumerable<StoredTemplateVersion> published, DateOnly? date) =>
        published
            .Where(v => v.IsPublished && v.ValidFrom is { } from && (date is null || from <= date))
            .GroupBy(v => (v.Document, v.Taal))
            .Select(g => g.OrderByDescending(v => v.ValidFrom).ThenByDescending(v => v.ApprovedAt).ThenByDescending(v => v.Id, StringComparer.Ordinal).First())
            .OrderBy(v => v.Document, StringComparer.Ordinal).ThenBy(v => v.Taal, StringComparer.Ordinal)
            .ToList();
}
