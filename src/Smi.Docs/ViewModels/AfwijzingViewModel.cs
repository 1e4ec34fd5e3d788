namespace Smi.Docs.ViewModels;

/// <summary>
/// Everything the afwijzing template may show. Each reason carries its rule, the facts, the case
/// worker's own words and what the parent can do now (docs/architecture.md §4; Awb 3:46 and 3:47).
/// </summary>
public sealed record AfwijzingViewModel(
    BriefContext Brief,
    string Aanvrager,
    IReadOnlyList<AangevraagdKindView> Kinderen,
    int AantalKinderen,
    IReadOnlyList<AfwijzingsredenView> Redenen,
    int AantalRedenen,
    bool MeerdereRedenen,
    IReadOnlyList<string> Grondslagen,
    BeleidView Beleid)
{
    /// <summary>The regulation's hardheidsclausule covers every reason, so deviating could change the outcome.</summary>
    public bool HardheidsclausuleVoorRedenen { get; init; }

    /// <summary>
    /// No clause covers the reasons, but the rules are beleidsregels: Awb 4:84 lets the college deviate from a
    /// beleidsregel in special circumstances, so the letter says that instead.
    /// </summary>
    public bool AfwijkenVanBeleidsregels { get; init; }
}
