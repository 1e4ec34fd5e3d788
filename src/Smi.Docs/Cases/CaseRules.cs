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
            CheckAfwijzing(afwijzing, "$.afwijzing", context);
        }
        CheckKindAfwijzingen(c, context);
        if (c.NietInBehandeling is { } nietInBehandeling)
        {
            CheckNietInBehandeling(c, nietInBehandeling.Herstelbrief, context);
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
        // One calculation per granted child, in the same order (Berekening.Kinderen), or the letter pairs the wrong
        // amounts; a child refused in a partial decision costs nothing and has none.
        var toegekend = c.ToegekendeKinderen.Count;
        if (berekening.Kinderen.Count != toegekend
            && !context.HasErrorAtOrAbove("$.kinderen")
            && !context.HasErrorAtOrAbove("$.berekening.kinderen"))
        {
            context.Error(CaseCodes.BerekeningAantalKinderen, "$.berekening.kinderen", toegekend == c.Kinderen.Count
                ? $"expected one entry per child ({toegekend}), found {berekening.Kinderen.Count}"
                : $"expected one entry per granted child ({toegekend}; a child with an afwijzing has none), found {berekening.Kinderen.Count}");
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

    // A refusal rests on at least one reason (Awb 3:46); naming one reason twice would print it twice. The same for
    // the refusal of one child in a partial decision (kinderen[i].afwijzing).
    private static void CheckAfwijzing(Afwijzing afwijzing, string block, InputContext context)
    {
        if (afwijzing.Redenen.Count == 0 && !context.HasErrorAtOrAbove(block + ".redenen"))
        {
            context.Error(CaseCodes.GeenRedenen, block + ".redenen", "at least one reason is required; a refusal names every reason it rests on");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < afwijzing.Redenen.Count; i++)
        {
            var path = $"{block}.redenen[{i}].code";
            if (!context.HasErrorAt(path) && !seen.Add(afwijzing.Redenen[i].Code))
            {
                context.Error(CaseCodes.RedenDubbel, path, "this reason code appears earlier in the list; give each reason once, with all its facts in one toelichting");
            }
        }
    }

    // A partial decision grants at least one child: refusing them all is an afwijzing, with its own letter.
    private static void CheckKindAfwijzingen(SmiCase c, InputContext context)
    {
        for (var i = 0; i < c.Kinderen.Count; i++)
        {
            if (c.Kinderen[i].Afwijzing is { } afwijzing)
            {
                CheckAfwijzing(afwijzing, $"$.kinderen[{i}].afwijzing", context);
            }
        }
        if (c.Kinderen.Count > 0 && c.Kinderen.All(k => !k.Toegekend) && !context.HasErrorAtOrAbove("$.kinderen"))
        {
            context.Error(CaseCodes.AlleKinderenAfgewezen, "$.kinderen",
                "every child has an afwijzing, so nothing is granted; expected at least one child without one, or document 'afwijzing' with the block 'afwijzing'");
        }
    }

    // Awb 4:5 lid 1: not processing is allowed only after the parent had the chance to complete the application
    // within the term the letter gave, so the letter follows the application and the term is over when we decide.
    private static void CheckNietInBehandeling(SmiCase c, Herstelbrief brief, InputContext context)
    {
        const string datum = "$.nietInBehandeling.herstelbrief.datum";
        const string einde = "$.nietInBehandeling.herstelbrief.termijnEinde";
        if (brief.Datum < c.Aanvraagdatum && !context.HasErrorAt(datum, "$.aanvraagdatum"))
        {
            context.Error(CaseCodes.HerstelbriefVoorAanvraag, datum, "the letter asking for the missing items is dated before the application; expected datum on or after aanvraagdatum");
        }
        if (brief.TermijnEinde <= brief.Datum && !context.HasErrorAt(datum, einde))
        {
            context.Error(CaseCodes.HersteltermijnVoorHerstelbrief, einde, "the hersteltermijn ends on or before the date of its letter; expected termijnEinde after datum");
        }
        if (c.Besluitdatum <= brief.TermijnEinde && !context.HasErrorAt(einde, "$.besluitdatum"))
        {
            context.Error(CaseCodes.HersteltermijnNietVoorbij, "$.besluitdatum",
                "the hersteltermijn has not ended on the decision date; expected besluitdatum after nietInBehandeling.herstelbrief.termijnEinde (Awb 4:5 lid 1)");
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
