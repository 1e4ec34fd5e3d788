using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Cases;
using Smi.Docs.Formatting;
using Smi.Docs.Html;
using Smi.Docs.Tests.EndToEnd;
using Smi.Docs.Tests.Policy;

namespace Smi.Docs.Tests.Calculation;

/// <summary>
/// Issue 12, point 3: the sentences above the calculation table never contradict it. For every example profile a grant
/// is rendered for incomes below and above the limits, a price below and above the maximum uurprijs (2026 dagopvang:
/// 11,23) and hours below and above the caps; each sentence is then checked against the numbers of the table.
/// </summary>
public sealed class UitlegTegenTabelTests
{
    private static readonly decimal[] Inkomens = [15_000m, 29_000m, 45_000m];

    private static readonly (decimal Uurprijs, decimal UrenPerWeek, decimal UrenPerMaand)[] Opvang = [(10.00m, 21, 91), (12.50m, 21, 91), (12.50m, 30, 130)];

    public static TheoryData<string, decimal, decimal, decimal, decimal> Gevallen()
    {
        var data = new TheoryData<string, decimal, decimal, decimal, decimal>();
        foreach (var id in SeedProfiles.Ids)
        {
            foreach (var inkomen in Inkomens)
            {
                foreach (var (prijs, week, maand) in Opvang)
                {
                    data.Add(id, inkomen, prijs, week, maand);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void The_explanation_follows_from_the_numbers_of_the_table(string profileId, decimal inkomen, decimal uurprijs, decimal urenPerWeek, decimal urenPerMaand)
    {
        var profile = Examples.Profile(profileId);
        var zaak = Zaak(inkomen, uurprijs, urenPerWeek, urenPerMaand);
        if (profile.Beleid.Toegang.Inkomenstoets is { } toets
            && inkomen > Inkomensgrenzen.PerJaar(toets, TariefTabellen.Standaard, zaak.Periode!.Begin, metPartner: false))
        {
            // Above the income test there is no grant to explain (SMI1111; InkomenstoetsTests).
            Assert.Throws<Smi.Docs.Diagnostics.SmiDocsException>(() => Examples.Composer.Compose(zaak, profile, "toekenning", "nl"));
            return;
        }
        var u = EigenBijdrageCalculator.Bereken(zaak, profile.Beleid, TariefTabellen.Standaard);
        var maanden = u.Kinderen.Single().Maanden;
        var uitleg = Uitleg(Examples.Composer.Compose(zaak, profile, "toekenning", "nl"));

        var boven = maanden.Any(m => m.VergoedeUurprijs < m.Uurprijs);
        var minderUren = maanden.Any(m => m.UrenVergoed < m.UrenAfgenomen);
        // "We pay it all" only when the parent pays nothing in any month.
        Assert.Equal(u.TotaalOuder == 0, uitleg.Contains("Daarom betalen wij de hele opvang.", StringComparison.Ordinal)
            || uitleg.Contains("Daarom betaalt u geen eigen bijdrage.", StringComparison.Ordinal) && !minderUren);
        // The parent's share is always explained: a percentage below 100, a price above the maximum, or hours above the cap.
        Assert.Equal(boven, uitleg.Contains("Het verschil betaalt u zelf.", StringComparison.Ordinal));
        Assert.Equal(minderUren, uitleg.Contains("De andere uren betaalt u zelf.", StringComparison.Ordinal));
        if (uitleg.Contains("Daarom betalen wij 100% van de uurprijs waarmee wij rekenen.", StringComparison.Ordinal))
        {
            Assert.All(maanden, m => Assert.Equal(Math.Round(m.UrenVergoed * m.VergoedeUurprijs, 2, MidpointRounding.AwayFromZero), m.Gemeente));
            Assert.True(u.TotaalOuder > 0);
        }
        foreach (Match zin in Regex.Matches(uitleg, @"Voor Noor betalen wij (\d+(?:,\d+)?)% van de kosten"))
        {
            Assert.Contains(maanden, m => ValueFormatter.Dutch.Percentage(m.Percentage!.Value).Replace('\u00a0', ' ') == zin.Groups[1].Value + "%");
        }
        if (u.TotaalOuder > 0)
        {
            // The parent pays, so a sentence says why: a percentage below 100 or a contribution per hour, or "… betaalt u zelf".
            var deel = Regex.Matches(uitleg, @"betalen wij (\d+(?:,\d+)?)% van de kosten").Any(m => m.Groups[1].Value != "100")
                || uitleg.Contains("per uur. Zo staat het in de adviestabel", StringComparison.Ordinal);
            Assert.True(deel || uitleg.Contains("betaalt u zelf", StringComparison.Ordinal), "the parent pays, so a sentence must say why");
        }
    }

    /// <summary>The one-child example as a grant for the first half of 2026 (tables all vastgesteld), without its own berekening.</summary>
    private static SmiCase Zaak(decimal inkomen, decimal uurprijs, decimal urenPerWeek, decimal urenPerMaand)
    {
        var zaak = Examples.Case("toekenning-een-kind-dagopvang");
        var kind = zaak.Kinderen[0];
        return zaak with
        {
            Periode = new Periode(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)),
            Berekening = null,
            Toetsingsinkomen = inkomen,
            Kinderen = [kind with { Opvang = kind.Opvang with { Uurprijs = uurprijs, UrenPerWeek = urenPerWeek, UrenPerMaand = urenPerMaand } }],
        };
    }

    /// <summary>The explanation: from "Uw inkomen is" up to the general line above the table.</summary>
    private static string Uitleg(Smi.Docs.Documents.LetterDocument letter)
    {
        var text = Regex.Replace(new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(letter)).Body!.TextContent.Replace('\u00A0', ' '), @"\s+", " ");
        var begin = text.IndexOf("Uw inkomen is", StringComparison.Ordinal);
        var eind = text.IndexOf("Zo rekenen wij:", begin, StringComparison.Ordinal);
        Assert.True(begin >= 0 && eind > begin, "the letter has no explanation above its table");
        return text[begin..eind];
    }
}
