namespace Smi.Docs.Cases;

/// <summary>
/// Why the application is refused: one or more reasons from the catalogue (data/afwijzingsgronden.yaml).
/// A refusal names every reason it rests on (Awb 3:46), so the list is never empty.
/// </summary>
public sealed record Afwijzing(IReadOnlyList<Afwijzingsreden> Redenen);
