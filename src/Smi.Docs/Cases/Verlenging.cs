namespace Smi.Docs.Cases;

/// <summary>
/// The case is an extension of a running grant: the decision it extends and how many extensions came before.
/// The new period is the case's own <see cref="SmiCase.Periode"/>. <see cref="Hardheidsclausule"/> says the
/// municipality extends beyond its policy's maximum on purpose (basislijn 8), so it is never assumed.
/// </summary>
public sealed record Verlenging(EerderBesluit EerderBesluit, int AantalEerdereVerlengingen, bool Hardheidsclausule)
{
    /// <summary>1 for the first extension: the earlier ones plus this one.</summary>
    public int Volgnummer => AantalEerdereVerlengingen + 1;
}
