using Smi.Docs.Localization;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// One segment of the translators' view (the core's segmentation, <see cref="TemplateText.Segments"/>): the Dutch with
/// its codes and the lines that changed since the translation's bronHash, and the translation cut at its codes.
/// </summary>
/// <param name="Number">1-based over titel, onderwerp and the paragraphs: the segment number errors name.</param>
/// <param name="ChangedLines">0-based lines of <see cref="Dutch"/> that the Dutch added or rewrote since.</param>
/// <param name="Changed">A line changed, or Dutch text was removed here.</param>
/// <param name="Translation">Null when the translation has no segment with this id (its structure differs).</param>
/// <param name="Editable">The translation's codes pair one to one with the Dutch ones, so only the text between them is edited.</param>
internal sealed record TranslatorRow(
    int Number,
    Segment Dutch,
    IReadOnlyList<InlineCode> DutchCodes,
    IReadOnlySet<int> ChangedLines,
    bool Changed,
    Segment? Translation,
    IReadOnlyList<InlineCode> Codes,
    bool Editable)
{
    public bool IsFrontMatter => TemplateText.FrontMatterTexts.Contains(Dutch.Id);

    /// <summary>What the page calls it: Titel, Onderwerp or Alinea n.</summary>
    public string Label => Dutch.Id switch
    {
        "titel" => "Titel",
        "onderwerp" => "Onderwerp",
        _ => "Alinea " + Dutch.Id[1..],
    };

    /// <summary>What errors call it: <c>segment 3 (p2)</c>.</summary>
    public string Name => $"segment {Number} ({Dutch.Id})";

    /// <summary>The translation's text between its codes: one more piece than codes.</summary>
    public IReadOnlyList<TranslatorPiece> Pieces => Translation is null ? [] : TranslatorPiece.Cut(Translation.Text, Codes);

    public string FieldName(int piece) => $"s{Number}-{piece}";
}
