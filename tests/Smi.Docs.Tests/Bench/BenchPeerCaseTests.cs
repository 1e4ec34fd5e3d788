using System.Text;
using System.Text.Json.Nodes;
using Smi.Docs.Cases;
using Smi.Docs.Cli;
using Smi.Docs.Composition;
using Smi.Docs.Formatting;
using Smi.Docs.Pipeline;
using Smi.Docs.Policy;

namespace Smi.Docs.Tests.Bench;

/// <summary>
/// The peers' raw case mapped to ours (issue 15 point 1): the same people, children, hours and amounts, so the side by
/// side compares the same letter content. The case is the peers' case-3 (three children, Ş, Ö, 't, IJ), copied here so
/// the test does not depend on the peers' folder.
/// </summary>
public sealed class BenchPeerCaseTests
{
    private const string PeerCase3 = """
        {
          "zaak": { "kenmerk": "LV-2025-005377", "aanvraagdatum": "2025-03-02", "besluitdatum": "2025-04-04" },
          "aanvrager": {
            "geslacht": "x", "voorletters": "Ş.", "tussenvoegsel": "", "achternaam": "Özdemir-van 't Hoff",
            "straat": "Burgemeester IJsselmuidenweg", "huisnummer": "117", "postcode": "8905 GH", "woonplaats": "Lindeveen"
          },
          "traject": { "omschrijving": "opleiding tot doktersassistent", "organisatie": "ROC Lindeveen" },
          "periode": { "ingang": "2025-05-01", "einde": "2025-12-31" },
          "opvang": { "organisatie": "Kinderopvang 't Kabouterhuis", "maxUurprijs": 10.25, "eersteBetaling": "2025-05-26" },
          "kinderen": [
            { "naam": "Elif", "opvangsoort": "Dagopvang", "urenPerMaand": 96, "uurprijs": 10.25, "gemeenteBetaalt": 836.40, "uBetaalt": 147.60 },
            { "naam": "Emre", "opvangsoort": "Gastouderopvang", "urenPerMaand": 48, "uurprijs": 7.85, "gemeenteBetaalt": 320.28, "uBetaalt": 56.52 },
            { "naam": "Zeynep", "opvangsoort": "Buitenschoolse opvang", "urenPerMaand": 36, "uurprijs": 9.10, "gemeenteBetaalt": 278.46, "uBetaalt": 49.14 }
          ],
          "ontvangtToeslag": true,
          "contact": { "naam": "Joris Bakker", "email": "inkomen@lindeveen.nl", "telefoon": "14 0599" },
          "ondertekenaar": { "naam": "M. Jansen", "functie": "teamleider Inkomen en Zorg" }
        }
        """;

    private static JsonObject Mapped => BenchPeerCase.ToCase(JsonNode.Parse(PeerCase3)!.AsObject());

    [Fact]
    public void What_the_peers_case_carries_maps_one_to_one()
    {
        var zaak = Mapped;

        Assert.Equal("LV-2025-005377", zaak["zaaknummer"]!.GetValue<string>());
        Assert.Equal("2025-04-04", zaak["besluitdatum"]!.GetValue<string>());
        // geslacht x: no "heer" or "mevrouw".
        Assert.Equal("neutraal", zaak["aanvrager"]!["aanhef"]!.GetValue<string>());
        Assert.Null(zaak["aanvrager"]!["tussenvoegsel"]);
        Assert.Equal("Burgemeester IJsselmuidenweg", zaak["adres"]!["straat"]!.GetValue<string>());
        Assert.Equal(["dagopvang", "gastouderopvang", "bso"], zaak["kinderen"]!.AsArray().Select(k => k!["opvang"]!["soort"]!.GetValue<string>()));
        Assert.Equal(["Elif", "Emre", "Zeynep"], zaak["kinderen"]!.AsArray().Select(k => k!["voornaam"]!.GetValue<string>()));
        // 96 hours a month × 12 / 52 = 22.15 a week.
        Assert.Equal(22.15m, zaak["kinderen"]![0]!["opvang"]!["urenPerWeek"]!.GetValue<decimal>());
    }

    [Fact]
    public void Their_amounts_become_our_berekening_for_every_month_of_the_period()
    {
        var kinderen = Mapped["berekening"]!["kinderen"]!.AsArray();

        // May to December 2025: 8 months.
        Assert.All(kinderen, k => Assert.Equal(8, k!["maanden"]!.AsArray().Count));
        var elif = kinderen[0]!["maanden"]![0]!;
        Assert.Equal("2025-05", elif["maand"]!.GetValue<string>());
        Assert.Equal(836.40m, elif["gemeente"]!.GetValue<decimal>());
        Assert.Equal(147.60m, elif["ouder"]!.GetValue<decimal>());
        // 836.40 of 96 × min(10.25, 10.25) = 984.00 is 85 %; Emre 320.28 of 48 × 7.85 = 376.80 is 85 % too.
        Assert.Equal(85m, elif["percentage"]!.GetValue<decimal>());
        Assert.Equal(85m, kinderen[1]!["maanden"]![0]!["percentage"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task The_mapped_case_is_a_valid_toekenning_that_prints_their_names_and_amounts()
    {
        var pipeline = DocumentPipeline.CreateBuilder(TestPaths.Templates).UseHtml().Build();
        var profile = ProfileReader.Load(TestPaths.Profile("voorbeeldstad"));

        var result = await pipeline.RenderAsync(new DocumentRequest(CaseReader.Read(Mapped.ToJsonString(), "case-3.json"), profile, "toekenning", DocumentLanguage.Dutch), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        var html = System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(result.Files[0].Content));
        Assert.Contains("Özdemir-van 't Hoff", html);
        Assert.Contains("Zeynep", html);
        // Their amounts, not ours: Elif's month is 836.40 for the municipality and 147.60 for the parent.
        Assert.Contains("836,40", html);
        Assert.Contains("147,60", html);
    }
}
