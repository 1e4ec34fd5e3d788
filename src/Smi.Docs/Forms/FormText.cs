using Smi.Docs.Formatting;
using Smi.Docs.Policy;

namespace Smi.Docs.Forms;

/// <summary>
/// Placeholders a form definition's text may use for the municipality's own details, written <c>{gemeente.naam}</c>
/// (<see cref="TextPlaceholders"/>).
/// The definition is shared by every municipality; these come from its profile when the form is printed or served.
/// Only names listed here exist, and the reader rejects any other, so a typo never prints as "{gemeente.nam}".
/// </summary>
public static class FormText
{
    private static readonly Dictionary<string, Func<MunicipalityProfile, FixedTexts, string>> Values = new(StringComparer.Ordinal)
    {
        ["gemeente.naam"] = (p, _) => p.Gemeente.Naam,
        ["gemeente.postadres"] = (p, _) => string.Join(", ", p.Gemeente.Postadres),
        ["gemeente.bezoekadres"] = (p, _) => string.Join(", ", p.Gemeente.Bezoekadres),
        ["gemeente.telefoon"] = (p, _) => p.Gemeente.Telefoon,
        ["gemeente.email"] = (p, _) => p.Gemeente.Email,
        ["gemeente.website"] = (p, _) => p.Gemeente.Website,
        ["regeling.titel"] = (p, _) => p.Regeling.Titel,
        ["beleid.beslistermijnWeken"] = (p, _) => p.Beleid.BeslistermijnWeken.ToString(System.Globalization.CultureInfo.InvariantCulture),
        // Handreiking §4.2: who is paid follows the municipality's policy, so the form says it in the policy's words.
        ["beleid.betaling"] = (p, texts) => texts[p.Beleid.Betaling switch
        {
            BetalingAan.Opvang => "betaling.opvang",
            BetalingAan.Ouder => "betaling.ouder",
            _ => "betaling.keuze",
        }],
    };

    public static IEnumerable<string> Names => Values.Keys;

    /// <summary>The placeholder names in <paramref name="text"/> that do not exist.</summary>
    public static IEnumerable<string> UnknownPlaceholders(string text) =>
        TextPlaceholders.Find(text).Select(p => p.Name).Where(name => !Values.ContainsKey(name));

    /// <param name="isolate">Wraps each value in Unicode direction isolates (U+2068 … U+2069), for text that goes out as
    /// it is (the web form): a phone number or Dutch address inside Arabic text then keeps its own order
    /// ("0299 000 210", not "210 000 0299"). The printed form isolates in its renderer instead.</param>
    public static string Resolve(string text, MunicipalityProfile profile, FixedTexts texts, bool isolate = false) =>
        TextPlaceholders.Replace(text, p => Values.TryGetValue(p.Name, out var value) ? (isolate ? $"\u2068{value(profile, texts)}\u2069" : value(profile, texts)) : null);
}
