using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Localization;
using Smi.Docs.Cases;
using Smi.Docs.Catalogues;
using Smi.Docs.Policy;

namespace Smi.Docs.ViewModels;

/// <summary>
/// Builds the afwijzing view model from a validated case and the municipality's profile. The
/// afwijzing's requirements (DocumentDefinitions) make sure the case has its reasons.
/// </summary>
public static class AfwijzingViewModelFactory
{
    public static AfwijzingViewModel Create(SmiCase zaak, MunicipalityProfile profile, LanguagePack pack)
    {
        var catalogus = pack.AfwijzingsgrondenOrThrow;
        var afwijzing = zaak.Afwijzing
            ?? throw new InvalidOperationException("the afwijzing's requirements were not checked before building its view model");
        var redenen = afwijzing.Redenen.Select(r => Reden(r, catalogus[r.Code], profile.Regeling, pack) with
        {
            Inkomensgrens = catalogus[r.Code].Artikel == ArtikelSoort.Inkomen ? Grens(zaak, profile) : null,
            InkomensgrensNorm = catalogus[r.Code].Artikel == ArtikelSoort.Inkomen && profile.Beleid.Toegang.Inkomenstoets is { } toets
                ? PubliekstekstViewModelFactory.InWoorden(toets, pack) : null,
        }).ToList();
        // Offer the hardheidsclausule only when it covers every reason: a reason it does not cover refuses on its own.
        var clausule = profile.Regeling.Hardheidsclausule;
        var gedekt = clausule is not null && afwijzing.Redenen.All(r => clausule.Dekt(catalogus[r.Code].Artikel));
        var kinderen = zaak.Kinderen.Select(k => Kind(k, pack)).ToList();
        return new AfwijzingViewModel(
            BriefContextFactory.Create(zaak, profile),
            PersonNames.Full(zaak.Aanvrager),
            kinderen,
            kinderen.Count,
            redenen,
            redenen.Count,
            redenen.Count > 1,
            Grondslagen(redenen),
            ToekenningViewModelFactory.Beleid(profile))
        {
            HardheidsclausuleVoorRedenen = gedekt,
            AfwijkenVanBeleidsregels = !gedekt && profile.Regeling.VastgelegdIn == Vastlegging.Beleidsregels,
        };
    }

    /// <summary>
    /// The income limit in euros per year on the application date (the income the application was judged on);
    /// null when the profile has no income test or the tables lack the date (the letter then names the rule only).
    /// </summary>
    private static decimal? Grens(SmiCase zaak, MunicipalityProfile profile) =>
        profile.Beleid.Toegang.Inkomenstoets is { } toets
            ? Inkomensgrenzen.PerJaar(toets, TariefTabellen.Standaard, zaak.Aanvraagdatum, zaak.Partner is not null)
            : null;

    internal static AfwijzingsredenView Reden(Afwijzingsreden reden, Afwijzingsgrond grond, Regeling regeling, LanguagePack pack)
    {
        // Awb 3:47 lid 2: name the rule the decision rests on. A regulation that has no separate article
        // for this condition has it among the general conditions of the grant.
        var artikel = regeling.Artikelen.Voor(grond.Artikel) ?? regeling.ArtikelToekenning;
        return new AfwijzingsredenView(
            grond.Code,
            grond.Titel,
            grond.Regel,
            grond.Feiten,
            reden.Toelichting,
            grond.Alternatief,
            pack.Texts.Format("afwijzing.artikel", ("artikel", artikel), ("regeling", regeling.Titel)),
            grond.Wet);
    }

    /// <summary>Every rule the decision rests on, once each, in the order the reasons name them.</summary>
    private static IReadOnlyList<string> Grondslagen(IReadOnlyList<AfwijzingsredenView> redenen) =>
        redenen.Select(r => r.Grondslag)
            .Concat(redenen.Select(r => r.Wet).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static AangevraagdKindView Kind(Kind kind, LanguagePack pack) => new(
        kind.Voornaam,
        PersonNames.Full(kind),
        kind.Geboortedatum,
        OpvangView.From(kind.Opvang, pack));
}
