namespace Smi.Docs.Cases;

/// <summary>
/// One reason: a catalogue <paramref name="Code"/> and, optionally, the case worker's own words about the
/// facts of this case. The text is case data: the letter escapes it like every other value.
/// </summary>
public sealed record Afwijzingsreden(string Code, string? Toelichting);
