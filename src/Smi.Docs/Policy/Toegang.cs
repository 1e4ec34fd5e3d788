namespace Smi.Docs.Policy;

/// <summary>
/// Who can get SMI: the keys <c>beleid.doelgroep</c>, <c>leeftijdTotJaar</c>, <c>inkomenstoets</c>,
/// <c>vermogenstoets</c> and <c>advies</c>. <see cref="LeeftijdTotJaar"/> is the birthday at which SMI stops
/// ("tot 13 jaar"); null is no limit of its own, so childcare runs to the end of basisschool (basislijn 4).
/// <see cref="Inkomenstoets"/> is an income above which SMI is refused; null is none (basislijn 5).
/// </summary>
public sealed record Toegang(
    Doelgroep Doelgroep,
    int? LeeftijdTotJaar,
    Inkomensgrens? Inkomenstoets,
    bool Vermogenstoets,
    Advies? Advies)
{
    /// <summary>Basislijn 3, 4 and 5: reason at parent or child, up to the end of basisschool, no income or assets test.</summary>
    public static Toegang Basislijn { get; } = new(Doelgroep.OuderOfKind, null, null, false, null);
}
