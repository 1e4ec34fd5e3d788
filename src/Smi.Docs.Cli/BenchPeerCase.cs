using System.Globalization;
using System.Text.Json.Nodes;

namespace Smi.Docs.Cli;

/// <summary>
/// Maps a raw case of the peers' benchmark (<c>peers/data/case-{1,2,3}.json</c>: the fictitious Gemeente Lindeveen) to
/// our case format (<c>schemas/smi-case.schema.json</c>), so our engine renders the same people, children, hours and
/// amounts as docxtemplater and LibreOffice (issue 15 point 1).
/// <para>
/// What the peers' case carries maps one to one: kenmerk, dates, applicant and address, the period, the contact
/// person, and per child its name, kind of care, hours per month, hourly price and the two monthly amounts, which
/// become our <c>berekening</c> (one line per month of the period, the percentage read back from gemeente ÷ eligible
/// cost), so the letter prints their amounts as theirs does.
/// </para>
/// <para>
/// What our format needs and theirs lacks comes from fixed defaults, as a Voorbeeldstad case worker would fill them:
/// <list type="bullet">
/// <item>the child's surname: the applicant's; its date of birth: a fixed date that fits the kind of care
/// (<see cref="Geboortedatum"/>); its LRK number: a fixed nine digits; days per week: 2 (Voorbeeldstad's
/// basisaanbod); hours per week: hours per month × 12 ÷ 52; notice period: 1 month;</item>
/// <item>the reason (indicatie): one sentence built from their <c>traject</c> (what and where), its adviser their
/// organisation;</item>
/// <item>payment to the childcare organisation (they name only the organisation and a first payment date);</item>
/// <item>the toetsingsinkomen: <see cref="Toetsingsinkomen"/> (they give the amounts, not the income they come from);</item>
/// <item>the signature, letterhead, objection clause and articles: the profile's (Voorbeeldstad), not their
/// <c>ondertekenaar</c>; their <c>ontvangtToeslag</c> paragraph has no counterpart in our letter and is dropped.</item>
/// </list>
/// </para>
/// </summary>
internal static class BenchPeerCase
{
    /// <summary>A modest income; only the calculator's check of the case's own berekening reads it.</summary>
    public const int Toetsingsinkomen = 35_000;

    public static JsonObject ToCase(JsonObject peer)
    {
        var zaak = peer["zaak"]!;
        var aanvrager = peer["aanvrager"]!;
        var periode = peer["periode"]!;
        var opvang = peer["opvang"]!;
        var contact = peer["contact"]!;
        var tussenvoegsel = Text(aanvrager["tussenvoegsel"]);
        var achternaam = Text(aanvrager["achternaam"])!;
        var begin = Date(periode["ingang"]);
        var eind = Date(periode["einde"]);
        var peerKinderen = peer["kinderen"]!.AsArray();

        var kinderen = new JsonArray();
        var berekening = new JsonArray();
        for (var k = 0; k < peerKinderen.Count; k++)
        {
            var kind = peerKinderen[k]!;
            var soort = Soort(Text(kind["opvangsoort"])!);
            var urenPerMaand = kind["urenPerMaand"]!.GetValue<decimal>();
            var uurprijs = kind["uurprijs"]!.GetValue<decimal>();
            kinderen.Add(new JsonObject
            {
                ["voornaam"] = Text(kind["naam"]),
                ["tussenvoegsel"] = tussenvoegsel,
                ["achternaam"] = achternaam,
                ["geboortedatum"] = Geboortedatum(soort),
                ["opvang"] = new JsonObject
                {
                    ["soort"] = soort,
                    ["organisatie"] = Text(opvang["organisatie"]),
                    ["lrkNummer"] = $"10000000{k + 1}",
                    ["dagenPerWeek"] = 2,
                    ["urenPerWeek"] = Math.Round(urenPerMaand * 12 / 52, 2),
                    ["urenPerMaand"] = urenPerMaand,
                    ["uurprijs"] = uurprijs,
                    ["opzegtermijn"] = "1 maand",
                },
            });
            berekening.Add(new JsonObject { ["maanden"] = Maanden(begin, eind, kind, uurprijs, urenPerMaand, opvang["maxUurprijs"]!.GetValue<decimal>()) });
        }

        return new JsonObject
        {
            ["zaaknummer"] = Text(zaak["kenmerk"]),
            ["aanvraagdatum"] = Text(zaak["aanvraagdatum"]),
            ["besluitdatum"] = Text(zaak["besluitdatum"]),
            ["aanvrager"] = new JsonObject
            {
                ["voorletters"] = Text(aanvrager["voorletters"]),
                ["tussenvoegsel"] = tussenvoegsel,
                ["achternaam"] = achternaam,
                ["aanhef"] = Text(aanvrager["geslacht"]) switch { "v" => "mevrouw", "m" => "heer", _ => "neutraal" },
            },
            ["partner"] = null,
            ["adres"] = new JsonObject
            {
                ["straat"] = Text(aanvrager["straat"]),
                ["huisnummer"] = Text(aanvrager["huisnummer"]),
                ["postcode"] = Text(aanvrager["postcode"]),
                ["plaats"] = Text(aanvrager["woonplaats"]),
            },
            ["kinderen"] = kinderen,
            ["periode"] = new JsonObject { ["begin"] = Iso(begin), ["eind"] = Iso(eind) },
            ["indicatie"] = new JsonObject
            {
                ["reden"] = $"U volgt een {Text(peer["traject"]!["omschrijving"])} bij {Text(peer["traject"]!["organisatie"])}. Op die dagen kunt u niet voor uw kinderen zorgen.",
                ["adviseur"] = Text(peer["traject"]!["organisatie"]),
            },
            ["betaling"] = new JsonObject { ["aan"] = "opvang", ["iban"] = null },
            ["behandelaar"] = new JsonObject
            {
                ["naam"] = Text(contact["naam"]),
                ["telefoon"] = Text(contact["telefoon"]),
                ["email"] = Text(contact["email"]),
            },
            ["berekening"] = new JsonObject
            {
                ["jaar"] = begin.Year,
                ["toetsingsinkomen"] = Toetsingsinkomen,
                ["kinderen"] = berekening,
            },
        };
    }

    /// <summary>Their names of the kinds of care (Wet kinderopvang) to our enum.</summary>
    public static string Soort(string opvangsoort) => opvangsoort.ToLowerInvariant() switch
    {
        "dagopvang" => "dagopvang",
        "buitenschoolse opvang" or "bso" => "bso",
        "gastouderopvang" => "gastouderopvang",
        _ => throw new InvalidOperationException("unknown kind of care in a peers' case"),
    };

    /// <summary>A fixed date of birth of an age that fits the care: under 4 for day care and a childminder, of school age for bso.</summary>
    public static string Geboortedatum(string soort) => soort == "bso" ? "2017-09-01" : "2023-06-01";

    /// <summary>Their monthly amounts for every month of the period; the percentage is what makes gemeente of the eligible cost.</summary>
    private static JsonArray Maanden(DateOnly begin, DateOnly eind, JsonNode kind, decimal uurprijs, decimal uren, decimal maximumUurprijs)
    {
        var gemeente = kind["gemeenteBetaalt"]!.GetValue<decimal>();
        var ouder = kind["uBetaalt"]!.GetValue<decimal>();
        var vergoed = uren * Math.Min(uurprijs, maximumUurprijs);
        var percentage = vergoed == 0 ? 0 : Math.Round(gemeente / vergoed * 100, 2);
        var maanden = new JsonArray();
        for (var maand = new DateOnly(begin.Year, begin.Month, 1); maand <= eind; maand = maand.AddMonths(1))
        {
            maanden.Add(new JsonObject
            {
                ["maand"] = maand.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                ["uren"] = uren,
                ["uurprijs"] = uurprijs,
                ["maximumUurprijs"] = maximumUurprijs,
                ["percentage"] = percentage,
                ["gemeente"] = gemeente,
                ["ouder"] = ouder,
            });
        }
        return maanden;
    }

    private static string? Text(JsonNode? node) => node?.GetValue<string>() is { Length: > 0 } text ? text : null;

    private static DateOnly Date(JsonNode? node) => DateOnly.ParseExact(node!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
