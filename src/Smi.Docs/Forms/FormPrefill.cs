using Smi.Docs.Cases;
using Smi.Docs.Formatting;

namespace Smi.Docs.Forms;

/// <summary>
/// The case values a form may be filled in with, by key (<c>voorinvullen:</c> in a definition). Only what the
/// municipality already knows and the parent would otherwise copy again: names, address, children, childcare and
/// payment. Never the reason for care: that is the parent's own account, asked fresh each time.
/// Keys starting with <c>kind.</c> are read per child and are only allowed in a section's <c>perKind</c> fields.
/// For choice fields the value is the option's <c>waarde</c>; <see cref="ChoiceValues"/> lists what a key can give.
/// </summary>
public static class FormPrefill
{
    private static readonly Dictionary<string, Func<SmiCase, string?>> CaseValues = new(StringComparer.Ordinal)
    {
        ["aanvrager.voorletters"] = c => c.Aanvrager.Voorletters,
        ["aanvrager.tussenvoegsel"] = c => c.Aanvrager.Tussenvoegsel,
        ["aanvrager.achternaam"] = c => c.Aanvrager.Achternaam,
        ["adres.straatEnHuisnummer"] = c => $"{c.Adres.Straat} {c.Adres.Huisnummer}",
        ["adres.postcode"] = c => c.Adres.Postcode,
        ["adres.plaats"] = c => c.Adres.Plaats,
        ["partner.aanwezig"] = c => c.Partner is null ? "nee" : "ja",
        ["partner.voorletters"] = c => c.Partner?.Voorletters,
        ["partner.tussenvoegsel"] = c => c.Partner?.Tussenvoegsel,
        ["partner.achternaam"] = c => c.Partner?.Achternaam,
        ["periode.begin"] = c => c.Periode is { } periode ? NumericDate(periode.Begin) : null,
        ["indicatie.adviseur"] = c => c.Indicatie?.Adviseur,
        ["betaling.aan"] = c => c.Betaling is null ? null : c.Betaling.Aan == Betaalontvanger.Ouder ? "ouder" : "opvang",
        ["betaling.iban"] = c => c.Betaling?.Iban,
    };

    /// <summary>Numbers and amounts in the form's language; names, dates and codes are the same in every language.</summary>
    private static readonly Dictionary<string, Func<Kind, ValueFormatter, string?>> ChildValues = new(StringComparer.Ordinal)
    {
        ["kind.voornaam"] = (k, _) => k.Voornaam,
        ["kind.achternaam"] = (k, _) => string.Join(' ', new[] { k.Tussenvoegsel, k.Achternaam }.Where(p => !string.IsNullOrWhiteSpace(p))),
        ["kind.geboortedatum"] = (k, _) => NumericDate(k.Geboortedatum),
        ["kind.opvangsoort"] = (k, _) => k.Opvang.Soort.ToString().ToLowerInvariant(),
        ["kind.organisatie"] = (k, _) => k.Opvang.Organisatie,
        ["kind.lrkNummer"] = (k, _) => k.Opvang.LrkNummer,
        ["kind.dagenPerWeek"] = (k, format) => format.Number(k.Opvang.DagenPerWeek),
        ["kind.urenPerWeek"] = (k, format) => format.Number(k.Opvang.UrenPerWeek),
        ["kind.uurprijs"] = (k, format) => format.Money(k.Opvang.Uurprijs),
    };

    /// <summary>For keys that fill in a choice: every value they can give, so a definition's options can be checked.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ChoiceValues { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["partner.aanwezig"] = ["ja", "nee"],
        ["betaling.aan"] = ["ouder", "opvang"],
        ["kind.opvangsoort"] = Enum.GetNames<Opvangsoort>().Select(n => n.ToLowerInvariant()).ToList(),
    };

    /// <summary>Dates as the parent writes them in the boxes (14-03-2025), so a pre-filled box looks like a filled-in one.</summary>
    private static string NumericDate(DateOnly date) => date.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<string> Keys => CaseValues.Keys.Concat(ChildValues.Keys);

    public static bool IsKnown(string key) => CaseValues.ContainsKey(key) || ChildValues.ContainsKey(key);

    public static bool IsPerChild(string key) => ChildValues.ContainsKey(key);

    public static string? Value(string key, SmiCase zaak) =>
        CaseValues.TryGetValue(key, out var read) ? read(zaak) : null;

    public static string? Value(string key, Kind kind, ValueFormatter format) =>
        ChildValues.TryGetValue(key, out var read) ? read(kind, format) : null;
}
