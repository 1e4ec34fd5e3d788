using Smi.Docs.Diagnostics;
using Smi.Docs.Input;

namespace Smi.Docs.Cases;

/// <summary>
/// Rules that compare values of a case read by <see cref="CaseReader"/>. A rule is skipped when one of
/// its values already has a problem, so a misspelt date does not also cause a "dates out of order".
/// </summary>
internal static class CaseRules
{
    public static void Check(SmiCase c, InputContext context)
    {
        CheckDates(c, context);
        if (c.Betaling is { } betaling)
        {
            CheckBetaling(betaling, context);
        }
        if (c.Berekening is { } berekening)
        {
            CheckBerekening(c, berekening, context);
        }
        if (c.Indicatie is { } indicatie)
        {
            CheckIndicatie(c, indicatie, context);
        }
        if (c.Afwijzing is { } afwijzing)
        {
            CheckAfwijzing(afwijzing, context);
        }
        if (c.Verlenging is { } verlenging)
        {
            CheckVerlenging(c, verlenging, context);
        }
        if (c.Ontbrekend is { } ontbrekend)
        {
            CheckOntbrekend(ontbrekend, context);
        }
        CaseBoundaryRules.Check(c, context);
    }

    // Whose situation it is decides to whom the letter puts the duties; a partner the case does not have would get them.
    private static void CheckIndicatie(SmiCase c, Indicatie indicatie, InputContext context)
    {
        if (indicatie.Betreft == Betrokkene.Partner && c.Partner is null && !context.HasErrorAtOrAbove("$.partner"))
        {
            context.Error(CaseCodes.IndicatieOverOntbrekendePartner, "$.indicatie.betreft",
                "the indication is about the partner, but the case has no partner; add $.partner or set betreft to aanvrager or kind");
        }
        if (indicatie.Kind is not null && indicatie.Betreft != Betrokkene.Kind && !context.HasErrorAt("$.indicatie.betreft"))
        {
            context.Error(CaseCodes.IndicatieKindZonderKind, "$.indicatie.kind",
                "kind names the child the indication is about, so it needs betreft: kind; remove kind or set betreft to kind");
        }
    }

    private static void CheckDates(SmiCase c, InputContext context)
    {
        if (c.Periode is { } periode && periode.Eind < periode.Begin && !context.HasErrorAt("$.periode.begin", "$.periode.eind"))
        {
            context.Error(CaseCodes.EindVoorBegin, "$.periode.eind", "the period ends before it begins; expected eind on or after begin");
        }
        if (c.Besluitdatum < c.Aanvraagdatum && !context.HasErrorAt("$.aanvraagdatum", "$.besluitdatum"))
        {
            context.Error(CaseCodes.BesluitVoorAanvraag, "$.besluitdatum", "the decision date is before the application date; expected besluitdatum on or after aanvraagdatum");
        }
        if (c.Verzenddatum < c.Besluitdatum && !context.HasErrorAt("$.besluitdatum", "$.verzenddatum"))
        {
            context.Error(CaseCodes.VerzendingVoorBesluit, "$.verzenddatum", "the letter is sent before the decision is taken; expected verzenddatum on or after besluitdatum");
        }
        if (c.Kinderen.Count == 0 && !context.HasErrorAtOrAbove("$.kinderen"))
        {
            context.Error(CaseCodes.GeenKinderen, "$.kinderen", "at least one child is required");
        }
        for (var i = 0; i < c.Kinderen.Count; i++)
        {
            var path = $"$.kinderen[{i}].geboortedatum";
            if (c.Kinderen[i].Geboortedatum > c.Besluitdatum && !context.HasErrorAt(path, "$.besluitdatum"))
            {
                context.Error(CaseCodes.GeborenNaBesluit, path, "the child is born after the decision date; expected geboortedatum on or before besluitdatum");
            }
        }
    }

    private static void CheckBetaling(Betaling betaling, InputContext context)
    {
        const string path = "$.betaling.iban";
        if (context.HasErrorAt("$.betaling"))
        {
            return;
        }
        if (betaling.Iban is null)
        {
            if (betaling.Aan == Betaalontvanger.Ouder)
            {
                context.Error(CaseCodes.IbanOntbreekt, path, "an IBAN is required when betaling.aan is 'ouder' (the parent is paid)");
            }
        }
        else if (!Iban.HasDutchFormat(betaling.Iban))
        {
            context.Error(CaseCodes.IbanOngeldig, path, "not a Dutch IBAN; expected NL, 2 check digits, a 4-letter bank code and 10 digits, in capitals");
        }
        else if (!Iban.HasValidCheckDigits(betaling.Iban))
        {
            context.Error(CaseCodes.IbanOngeldig, path, "the IBAN check digits do not match (ISO 7064 mod 97); check for a typing error");
        }
    }

    private static void CheckBerekening(SmiCase c, Berekening berekening, InputContext context)
    {
        // One calculation per child, in the same order (Berekening.Kinderen), or the letter pairs the wrong amounts.
        if (berekening.Kinderen.Count != c.Kinderen.Count
            && !context.HasErrorAtOrAbove("$.kinderen")
            && !context.HasErrorAtOrAbove("$.berekening.kinderen"))
        {
            context.Error(CaseCodes.BerekeningAantalKinderen, "$.berekening.kinderen",
                $"expected one entry per child ({c.Kinderen.Count}), found {berekening.Kinderen.Count}");
        }
        if (c.Periode is not { } periode || context.HasErrorAt("$.periode.begin", "$.periode.eind"))
        {
            return;
        }
        var eersteMaand = new DateOnly(periode.Begin.Year, periode.Begin.Month, 1);
        for (var k = 0; k < berekening.Kinderen.Count; k++)
        {
            var maanden = berekening.Kinderen[k].Maanden;
            for (var m = 0; m < maanden.Count; m++)
            {
                var path = $"$.berekening.kinderen[{k}].maanden[{m}].maand";
                if (context.HasErrorAt(path))
                {
                    continue;
                }
                var maand = new DateOnly(maanden[m].Jaar, maanden[m].Maand, 1);
                if (maand < eersteMaand || maand > periode.Eind)
                {
                    context.Error(CaseCodes.MaandBuitenPeriode, path, "the month lies outside the period (periode.begin to periode.eind)");
                }
            }
        }
    }

    // A refusal rests on at least one reason (Awb 3:46); naming one reason twice would print it twice.
    private static void CheckAfwijzing(Afwijzing afwijzing, InputContext context)
    {
        if (afwijzing.Redenen.Count == 0 && !context.HasErrorAtOrAbove("$.afwijzing.redenen"))
        {
            context.Error(CaseCodes.GeenRedenen, "$.afwijzing.redenen", "at least one reason is required; a refusal names every reason it rests on");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < afwijzing.Redenen.Count; i++)
        {
            var path = $"$.afwijzing.redenen[{i}].code";
            if (!context.HasErrorAt(path) && !seen.Add(afwijzing.Redenen[i].Code))
            {
                context.Error(CaseCodes.RedenDubbel, path, "this reason code appears earlier in the list; give each reason once, with all its facts in one toelichting");
            }
        }
    }

    // An extension continues the earlier grant: overlapping periods would pay the same months twice.
    private static void CheckVerlenging(SmiCase c, Verlenging verlenging, InputContext context)
    {
        const string eerder = "$.verlenging.eerderBesluit.periode";
        var periode = verlenging.EerderBesluit.Periode;
        if (context.HasErrorAtOrAbove(eerder + ".begin") || context.HasErrorAtOrAbove(eerder + ".eind"))
        {
            return;
        }
        if (periode.Eind < periode.Begin)
        {
            context.Error(CaseCodes.EindVoorBegin, eerder + ".eind", "the earlier period ends before it begins; expected eind on or after begin");
            return;
        }
        if (c.Periode is { } nieuw && nieuw.Begin <= periode.Eind && !context.HasErrorAt("$.periode.begin"))
        {
            context.Error(CaseCodes.VerlengingNietNaEerderePeriode, "$.periode.begin",
                "the new period begins before the earlier period ends; expected periode.begin after verlenging.eerderBesluit.periode.eind");
        }
    }

    // Awb 4:5 lid 1: the parent can only complete what the letter names, so it names at least one item,
    // and each once.
    private static void CheckOntbrekend(Ontbrekend ontbrekend, InputContext context)
    {
        if (ontbrekend.Items.Count == 0 && !context.HasErrorAtOrAbove("$.ontbrekend.items"))
        {
            context.Error(CaseCodes.GeenOntbrekendeItems, "$.ontbrekend.items", "at least one missing item is required; the letter names exactly what the application lacks (Awb 4:5)");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ontbrekend.Items.Count; i++)
        {
            var path = $"$.ontbrekend.items[{i}].code";
            if (!context.HasErrorAt(path) && !seen.Add(ontbrekend.Items[i].Code))
            {
                context.Error(CaseCodes.OntbrekendItemDubbel, path, "this item code appears earlier in the list; give each item once, with all details in one toelichting");
            }
        }
    }
}
