namespace Smi.Docs.ViewModels;

/// <summary>
/// Who can get SMI (profile <c>beleid.doelgroep</c>, <c>leeftijdTotJaar</c>, <c>inkomenstoets</c>, <c>vermogenstoets</c>,
/// <c>advies</c>). Exactly one of the three Reden flags is set. <see cref="Inkomensgrens"/> is the income test in words
/// ("110 procent van het wettelijk minimumloon"), null when there is none; <see cref="InkomensgrensBedrag"/> is that limit
/// per year in the worked example's month, when the tables give it (a WML limit; a bijstandsnorm depends on the household).
/// </summary>
public sealed record PubliekToegangView(
    bool RedenBijOuderOfKind,
    bool RedenBijOuder,
    bool RedenBijKind,
    int? LeeftijdTotJaar,
    string? Inkomensgrens,
    decimal? InkomensgrensBedrag,
    bool Vermogenstoets,
    string? AdviesDoor,
    bool AdviesVerplicht);
