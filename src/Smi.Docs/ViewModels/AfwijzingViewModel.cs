namespace Smi.Docs.ViewModels;

/// <summary>
/// Everything the afwijzing template may show. Each reason carries its rule, the facts, the case
/// worker's own words and what the parent can do now (DESIGN §5; Awb 3:46 and 3:47).
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
    BeleidView Beleid);

/// <summary>A child and the childcare the parent asked for.</summary>
public sealed record AangevraagdKindView(string Voornaam, string Naam, DateOnly Geboortedatum, OpvangView Opvang);

/// <summary>
/// One reason as the letter shows it. <see cref="Grondslag"/> is the article with the regulation's title
/// ("artikel 3 van de Verordening …"); <see cref="Toelichting"/> is case data and may be absent.
/// </summary>
public sealed record AfwijzingsredenView(
    string Code,
    string Titel,
    string Regel,
    string Feiten,
    string? Toelichting,
    string Alternatief,
    string Grondslag,
    string? Wet);
