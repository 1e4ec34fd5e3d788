using Smi.Docs.Documents;

namespace Smi.Docs.Formatting;

/// <summary>
/// A language Smi.Docs writes, and everything that follows from it: its code on the command line and in
/// <c>locales/</c>, the BCP 47 tag written into HTML, DOCX and PDF, its direction, how it writes dates and amounts,
/// its plural rule and its fonts. Dutch is the binding text (Awb 2:6); the others are service copies. Adding a
/// language is one entry in <see cref="All"/> plus its folder <c>locales/&lt;code&gt;/</c>.
/// </summary>
/// <param name="EnglishName">The name in English, for help texts and messages read by staff.</param>
/// <param name="Endonym">The name in the language itself, for whoever picks the language of a letter.</param>
public sealed record DocumentLanguage(
    string Code,
    string Tag,
    TextDirection Direction,
    string EnglishName,
    string Endonym,
    ValueFormatter Formatter,
    PluralRule Plural,
    DocumentFonts Fonts)
{
    public static DocumentLanguage Dutch { get; } =
        new("nl", "nl-NL", TextDirection.LeftToRight, "Dutch", "Nederlands", ValueFormatter.Dutch, PluralRules.OneIfWholeOne, DocumentFonts.Noto);

    /// <summary>
    /// The languages of issue 5 (domain-notes §6: English for the Single Digital Gateway; Arabic, Turkish and Polish
    /// most named in municipal translations; Ukrainian for the displaced since 2022). Plain "ar": the letter is
    /// Modern Standard Arabic, read by parents from many countries, so no country is implied.
    /// </summary>
    public static IReadOnlyList<DocumentLanguage> All { get; } =
    [
        Dutch,
        new("en", "en-GB", TextDirection.LeftToRight, "English", "English", ValueFormatter.English, PluralRules.OneIfWholeOne, DocumentFonts.Noto),
        new("ar", "ar", TextDirection.RightToLeft, "Arabic", "العربية", ValueFormatter.Arabic, PluralRules.Arabic, DocumentFonts.Noto),
        new("tr", "tr-TR", TextDirection.LeftToRight, "Turkish", "Türkçe", ValueFormatter.Turkish, PluralRules.OneIfOne, DocumentFonts.Noto),
        new("pl", "pl-PL", TextDirection.LeftToRight, "Polish", "polski", ValueFormatter.Polish, PluralRules.Polish, DocumentFonts.Noto),
        new("uk", "uk-UA", TextDirection.LeftToRight, "Ukrainian", "українська", ValueFormatter.Ukrainian, PluralRules.Ukrainian, DocumentFonts.Noto),
    ];

    public bool IsDutch => Code == Dutch.Code;

    /// <summary>"Arabic (العربية)", or just "English" where both names are the same.</summary>
    public string DisplayName => EnglishName == Endonym ? EnglishName : $"{EnglishName} ({Endonym})";

    /// <summary>"nl Dutch (Nederlands), en English, …": the languages for a help text or an error message.</summary>
    public static string Listing { get; } = string.Join(", ", All.Select(l => $"{l.Code} {l.DisplayName}"));

    public static DocumentLanguage? Find(string code) => All.SingleOrDefault(l => l.Code == code);
}
