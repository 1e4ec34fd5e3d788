using System.Globalization;
using System.Text.Json.Nodes;
using Smi.Docs.Policy;

namespace Smi.Docs.Forms;

/// <summary>
/// A sent online application as a case (schemas/smi-case.schema.json) for the municipality's system: the inverse of
/// <see cref="FormPrefill"/> where the form asks the value, and for what a decision needs but a parent does not know,
/// a starting point the case worker checks before deciding:
/// <list type="bullet">
/// <item>besluitdatum is the day received (the schema needs one; the case worker sets the real one);</item>
/// <item>the period starts on the earliest start date asked and lasts the profile's basisaanbod (basislijn 6);</item>
/// <item>the salutation is neutral (the form does not ask for one, basislijn 13);</item>
/// <item>hours a month are the hours a week times 52/12; the notice period is "staat in het contract";</item>
/// <item>the toetsingsinkomen is 12 times the gross monthly incomes (the form asks the latest month, basislijn 12);</item>
/// <item>the reason is the parent's own words (what happens, never a diagnosis: the form asks it so);</item>
/// <item>the behandelaar is the municipality's own contact from the profile until a case worker takes it.</item>
/// </list>
/// Call it only with answers <see cref="FormAnswerValidator.CheckAll"/> accepted.
/// </summary>
public static class FormCase
{
    public static JsonObject From(FormAnswers answers, MunicipalityProfile profile, string reference, DateOnly received)
    {
        var street = AnswerFormats.StreetAndNumber(Required(answers.Values, "adres-straat"))
            ?? throw new ArgumentException("the answers were not checked: no house number", nameof(answers));
        var children = answers.Kinderen.Select(Child).ToList();
        var begin = answers.Kinderen.Select(k => Date(k, FormAnswerValidator.StartDate)).Min();
        var zaak = new JsonObject
        {
            ["zaaknummer"] = reference,
            ["aanvraagdatum"] = Iso(received),
            ["besluitdatum"] = Iso(received),
            ["aanvrager"] = Person(answers.Values, "aanvrager"),
            ["adres"] = new JsonObject
            {
                ["straat"] = street.Straat,
                ["huisnummer"] = street.Huisnummer,
                ["postcode"] = AnswerFormats.Postcode(Required(answers.Values, FormAnswerValidator.Postcode)),
                ["plaats"] = Required(answers.Values, "adres-plaats"),
            },
            ["kinderen"] = new JsonArray([.. children]),
            ["periode"] = new JsonObject
            {
                ["begin"] = Iso(begin),
                ["eind"] = Iso(begin.AddMonths(profile.Beleid.BasisaanbodMaanden).AddDays(-1)),
            },
            ["indicatie"] = Indication(answers),
            ["betaling"] = Payment(answers),
            ["behandelaar"] = new JsonObject
            {
                ["naam"] = "Gemeente " + profile.Gemeente.Naam,
                ["telefoon"] = profile.Gemeente.Telefoon,
                ["email"] = profile.Gemeente.Email,
            },
        };
        if (answers.Get(FormAnswerValidator.PartnerPresent) == "ja")
        {
            zaak["partner"] = Person(answers.Values, "partner");
        }
        var incomes = new[] { "inkomen-aanvrager", "inkomen-partner" }
            .Where(id => id == "inkomen-aanvrager" || answers.Get(FormAnswerValidator.PartnerPresent) == "ja")
            .Select(id => answers.Get(id) is { } text ? AnswerFormats.Number(text) : null)
            .OfType<decimal>().ToList();
        if (incomes.Count > 0)
        {
            zaak["toetsingsinkomen"] = incomes.Sum() * 12;
        }
        return zaak;
    }

    private static JsonObject Person(IReadOnlyDictionary<string, string> values, string who)
    {
        var person = new JsonObject
        {
            ["voorletters"] = Initials(Required(values, who + "-voorletters")),
            ["achternaam"] = Required(values, who + "-achternaam"),
            ["aanhef"] = "neutraal",
        };
        if (FormAnswers.Get(values, who + "-tussenvoegsel") is { } prefix)
        {
            person["tussenvoegsel"] = prefix;
        }
        return person;
    }

    /// <summary>"aj" or "A J" → "A.J.": initials with full stops as the schema describes them.</summary>
    private static string Initials(string text)
    {
        var letters = text.Where(char.IsLetter).Select(char.ToUpperInvariant).ToList();
        return letters.Count == 0 ? text : string.Concat(letters.Select(l => l + "."));
    }

    private static JsonNode Child(Dictionary<string, string> values)
    {
        var hours = Number(values, FormAnswerValidator.HoursPerWeek);
        return new JsonObject
        {
            ["voornaam"] = Required(values, "kind-voornaam"),
            ["achternaam"] = Required(values, "kind-achternaam"),
            ["geboortedatum"] = Iso(Date(values, FormAnswerValidator.BirthDate)),
            ["opvang"] = new JsonObject
            {
                ["soort"] = Required(values, "kind-opvangsoort"),
                ["organisatie"] = Required(values, "kind-organisatie"),
                ["lrkNummer"] = AnswerFormats.Lrk(Required(values, FormAnswerValidator.Lrk)),
                ["dagenPerWeek"] = Number(values, FormAnswerValidator.DaysPerWeek),
                ["urenPerWeek"] = hours,
                // 52 weeks in 12 months; two decimals as the schema allows.
                ["urenPerMaand"] = Math.Round(hours * 52m / 12m, 2, MidpointRounding.AwayFromZero),
                ["uurprijs"] = Number(values, "kind-uurprijs"),
                ["opzegtermijn"] = "staat in het contract",
            },
        };
    }

    private static JsonObject Indication(FormAnswers answers)
    {
        var indication = new JsonObject { ["reden"] = Required(answers.Values, "reden-waarom") };
        if (answers.Get("reden-hulpverlener") is { } adviser)
        {
            indication["adviseur"] = adviser;
        }
        if (answers.Get(FormAnswerValidator.ReasonConcerns) is { } concerns)
        {
            indication["betreft"] = concerns;
            if (concerns == "kind" && answers.Get("reden-betreft-kind") is { } child)
            {
                indication["kind"] = child;
            }
        }
        return indication;
    }

    private static JsonObject Payment(FormAnswers answers)
    {
        var to = Required(answers.Values, "betaling-aan");
        var payment = new JsonObject { ["aan"] = to };
        if (to == "ouder")
        {
            payment["iban"] = AnswerFormats.Iban(Required(answers.Values, "betaling-iban"));
        }
        return payment;
    }

    private static string Required(IReadOnlyDictionary<string, string> values, string id) =>
        FormAnswers.Get(values, id) ?? throw new ArgumentException($"the answers were not checked: '{id}' is empty", nameof(values));

    private static decimal Number(IReadOnlyDictionary<string, string> values, string id) =>
        AnswerFormats.Number(Required(values, id)) ?? throw new ArgumentException($"the answers were not checked: '{id}' is not a number", nameof(values));

    private static DateOnly Date(IReadOnlyDictionary<string, string> values, string id)
    {
        var (day, month, year) = FormAnswers.DateInputs(id);
        return AnswerFormats.Date(FormAnswers.Get(values, day), FormAnswers.Get(values, month), FormAnswers.Get(values, year))
            ?? throw new ArgumentException($"the answers were not checked: '{id}' is not a date", nameof(values));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
