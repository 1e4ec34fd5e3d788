namespace Smi.Docs.Cases;

/// <summary>
/// One missing item: a catalogue <paramref name="Code"/> and, optionally, the case worker's own words
/// (which month, which child). The text is case data: the letter escapes it like every other value.
/// </summary>
public sealed record OntbrekendItem(string Code, string? Toelichting);
