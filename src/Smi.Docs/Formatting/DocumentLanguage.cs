using Smi.Docs.Documents;

namespace Smi.Docs.Formatting;

/// <summary>
/// A language Smi.Docs writes: its code on the command line and in <c>locales/</c>, the BCP 47 tag written into
/// HTML, DOCX and PDF, and its direction. Dutch is the binding text (Awb 2:6); the others are service copies.
/// </summary>
public sealed record DocumentLanguage(string Code, string Tag, TextDirection Direction)
{
    public static DocumentLanguage Dutch { get; } = new("nl", "nl-NL", TextDirection.LeftToRight);

    /// <summary>
    /// The languages of issue 5 (domain-notes §6: English for the Single Digital Gateway; Arabic, Turkish and Polish
    /// most named in municipal translations; Ukrainian for the displaced since 2022). Plain "ar": the letter is
    /// Modern Standard Arabic, read by parents from many countries, so no country is implied.
    /// </summary>
    public static IReadOnlyList<DocumentLanguage> All { get; } =
    [
        Dutch,
        new("en", "en-GB", TextDirection.LeftToRight),
        new("ar", "ar", TextDirection.RightToLeft),
        new("tr", "tr-TR", TextDirection.LeftToRight),
        new("pl", "pl-PL", TextDirection.LeftToRight),
        new("uk", "uk-UA", TextDirection.LeftToRight),
    ];

    public bool IsDutch => Code == Dutch.Code;

    public static DocumentLanguage? Find(string code) => All.SingleOrDefault(l => l.Code == code);
}
