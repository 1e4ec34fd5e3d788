namespace Smi.Docs.Cases;

/// <summary>
/// What the application still lacks: one or more items from the catalogue (data/ontbrekende-gegevens.yaml).
/// The hersteltermijn letter must name exactly what is missing (Awb 4:5 lid 1), so the list is never empty.
/// </summary>
public sealed record Ontbrekend(IReadOnlyList<OntbrekendItem> Items);
