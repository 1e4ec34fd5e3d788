namespace Smi.Docs.Policy;

/// <summary>
/// What the municipality says about how it works, for the basislijn check only: the keys
/// <c>beleid.ontwikkelingVolgen</c> (basislijn 10), <c>inkomenActueel</c> (12), <c>gegevensAlleenStrikt</c> (13)
/// and <c>tevredenheidMonitoren</c> (15). Null is "the profile does not say", which the check reports as
/// cannot tell: a rule text rarely shows these, so the default is not to assume them.
/// </summary>
public sealed record Werkwijze(
    bool? OntwikkelingVolgen,
    bool? InkomenActueel,
    bool? GegevensAlleenStrikt,
    bool? TevredenheidMonitoren)
{
    public static Werkwijze Onbekend { get; } = new(null, null, null, null);
}
