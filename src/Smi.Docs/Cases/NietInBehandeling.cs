namespace Smi.Docs.Cases;

/// <summary>
/// Only for the niet-in-behandeling decision (Awb 4:5 lid 1): the college may decide not to process an incomplete
/// application only after it gave the parent a term to complete it. The case names that letter and its term; what
/// still lacks is the case's <see cref="SmiCase.Ontbrekend"/> block, from the same catalogue as that letter.
/// </summary>
public sealed record NietInBehandeling(Herstelbrief Herstelbrief);
