using Smi.Docs.Diagnostics;
using Smi.Docs.Input;

namespace Smi.Docs.Cases;

/// <summary>
/// Rules between values that no real case breaks (issue 11): a grant for a century, of € 0, with more hours in a month
/// than it has, an afbouw that raises the days, an earlier decision taken after this one. Each is skipped when one of
/// its values already has a problem, as in <see cref="CaseRules"/>.
/// </summary>
internal static class CaseBoundaryRules
{
    public static void Check(SmiCase c, InputContext context)
    {
        if (c.Periode is { } periode)
        {
            CheckLengte(periode, "$.periode", context);
            CheckNietNul(c, context);
            if (c.Indicatie is { } indicatie)
            {
                CheckAfbouw(c, periode, indicatie.Afbouw, context);
            }
        }
        if (c.Berekening is { } berekening)
        {
            CheckUrenInMaand(berekening, context);
        }
        if (c.Verlenging is { } verlenging)
        {
            CheckLengte(verlenging.EerderBesluit.Periode, "$.verlenging.eerderBesluit.periode", context);
            const string datum = "$.verlenging.eerderBesluit.datum";
            if (verlenging.EerderBesluit.Datum >= c.Besluitdatum && !context.HasErrorAt(datum, "$.besluitdatum"))
            {
                context.Error(CaseCodes.EerderBesluitNaBesluit, datum,
                    "the earlier decision is dated on or after this decision; expected verlenging.eerderBesluit.datum before besluitdatum");
            }
        }
    }

    // A decision covers months (CaseLimits.MaximumPeriodeMaanden); longer care is an extension, a new decision.
    private static void CheckLengte(Periode periode, string path, InputContext context)
    {
        if (!context.HasErrorAt(path) && periode.Eind >= periode.Begin.AddMonths(CaseLimits.MaximumPeriodeMaanden))
        {
            context.Error(CaseCodes.PeriodeTeLang, path + ".eind",
                $"the period is longer than {CaseLimits.MaximumPeriodeMaanden} months; expected one decision per period of months, longer care as an extension");
        }
    }

    // A grant pays hours at a price: without hours, days or a price there is nothing to pay, and the letter would
    // promise € 0. The berekening's share of the municipality must come to more than nothing for the same reason.
    private static void CheckNietNul(SmiCase c, InputContext context)
    {
        for (var k = 0; k < c.Kinderen.Count; k++)
        {
            // A child refused in a partial decision is paid nothing, so its request may be for anything.
            if (!c.Kinderen[k].Toegekend)
            {
                continue;
            }
            var opvang = c.Kinderen[k].Opvang;
            foreach (var (field, value) in new[] { ("dagenPerWeek", opvang.DagenPerWeek), ("urenPerWeek", opvang.UrenPerWeek), ("urenPerMaand", opvang.UrenPerMaand), ("uurprijs", opvang.Uurprijs) })
            {
                var path = $"$.kinderen[{k}].opvang.{field}";
                if (value == 0 && !context.HasErrorAt(path))
                {
                    context.Error(CaseCodes.NulInToekenning, path, "a grant needs more than zero here; expected a positive number");
                }
            }
        }
        if (c.Berekening is { } berekening && !context.HasErrorAt("$.berekening")
            && berekening.Kinderen.SelectMany(k => k.Maanden).Sum(m => m.Gemeente) == 0)
        {
            context.Error(CaseCodes.NulInToekenning, "$.berekening.kinderen", "the municipality pays nothing in any month; a grant of € 0 is no grant, expected an afwijzing");
        }
    }

    // A month has at most its days × 24 hours (31 × 24 is the reader's bound; February is shorter).
    private static void CheckUrenInMaand(Berekening berekening, InputContext context)
    {
        for (var k = 0; k < berekening.Kinderen.Count; k++)
        {
            var maanden = berekening.Kinderen[k].Maanden;
            for (var m = 0; m < maanden.Count; m++)
            {
                var path = $"$.berekening.kinderen[{k}].maanden[{m}]";
                if (context.HasErrorAt(path + ".maand", path + ".uren"))
                {
                    continue;
                }
                if (maanden[m].Uren > DateTime.DaysInMonth(maanden[m].Jaar, maanden[m].Maand) * 24)
                {
                    context.Error(CaseCodes.UrenBovenMaand, path + ".uren", "more hours than this month has; expected at most its days × 24");
                }
            }
        }
    }

    // Afbouw lowers the days step by step within the period (handreiking: phase-out towards the end of the grant).
    private static void CheckAfbouw(SmiCase c, Periode periode, IReadOnlyList<Afbouwstap> afbouw, InputContext context)
    {
        var dagen = c.Kinderen.Count == 0 ? 7 : c.Kinderen.Max(k => k.Opvang.DagenPerWeek);
        var vorige = (Afbouwstap?)null;
        for (var i = 0; i < afbouw.Count; i++)
        {
            var path = $"$.indicatie.afbouw[{i}]";
            if (context.HasErrorAt(path, "$.periode"))
            {
                vorige = null;
                continue;
            }
            var stap = afbouw[i];
            if (stap.Vanaf <= periode.Begin || stap.Vanaf > periode.Eind)
            {
                context.Error(CaseCodes.AfbouwBuitenPeriode, path + ".vanaf", "the step lies outside the period; expected vanaf after periode.begin and on or before periode.eind");
            }
            if (vorige is not null && stap.Vanaf <= vorige.Vanaf)
            {
                context.Error(CaseCodes.AfbouwVolgorde, path + ".vanaf", "the steps are out of date order; expected each vanaf after the one before");
            }
            if (stap.DagenPerWeek >= (vorige?.DagenPerWeek ?? dagen) && !context.HasErrorAt("$.kinderen"))
            {
                context.Error(CaseCodes.AfbouwVerhoogt, path + ".dagenPerWeek",
                    vorige is null
                        ? "the first step does not lower the days; expected fewer days per week than the childcare has (kinderen[].opvang.dagenPerWeek)"
                        : "the step does not lower the days; expected fewer days per week than the step before");
            }
            vorige = stap;
        }
    }
}
