using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Docx.Frame;
using static Smi.Docs.Docx.Styling.DocxStyleFactory;

namespace Smi.Docs.Docx.Styling;

/// <summary>
/// styles.xml: document defaults (font, size, language, direction) and every paragraph style the renderers use.
/// Colours stay dark and sober; sizes follow the house letter (10.5 pt body, 14/12/10.5 pt headings).
/// </summary>
internal static class DocxStyleSheet
{
    private const string Accent = "1F3A5F";
    private const string Grey = "595959";
    private static readonly int ContentWidth = DocxPageLayout.ContentWidthTwips;
    private static readonly int KenmerkTab = DocxUnits.MmToTwips(40);

    public static Styles Build(DocxLanguage language)
    {
        var styles = new Styles(Defaults(language));
        styles.Append(
            Paragraph(DocxStyleIds.Normal, "Normal", null, Direction(language, Spacing(after: 120, line: 264)), []),
            Paragraph(DocxStyleIds.Title, "Title", DocxStyleIds.Normal, [Spacing(after: 240)], [.. BoldBoth(), Color(Accent), .. Size(18)], DocxStyleIds.Normal, 10),
            Heading(DocxStyleIds.Heading1, "heading 1", 0, before: 360, after: 120, points: 14),
            Heading(DocxStyleIds.Heading2, "heading 2", 1, before: 240, after: 80, points: 12),
            Heading(DocxStyleIds.Heading3, "heading 3", 2, before: 200, after: 60, points: 10.5),
            List(DocxStyleIds.ListBullet, "List Bullet", DocxNumbering.BulletNumId),
            List(DocxStyleIds.ListNumber, "List Number", DocxNumbering.DecimalNumId),
            Paragraph(DocxStyleIds.ListContinue, "List Continue", DocxStyleIds.Normal, [Spacing(after: 60), new Indentation { Left = "360" }], []),
            Paragraph(DocxStyleIds.Quote, "Quote", DocxStyleIds.Normal,
                [new ParagraphBorders(Border<LeftBorder>(18, "A6A6A6", 8)), new Indentation { Left = "567", Right = "567" }],
                [new Italic(), new ItalicComplexScript(), Color(Grey)], uiPriority: 29),
            Paragraph(DocxStyleIds.Header, "header", DocxStyleIds.Normal,
                [Tabs((TabStopValues.Center, ContentWidth / 2), (TabStopValues.Right, ContentWidth)), Spacing()], [.. Size(8.5)], uiPriority: 99),
            Paragraph(DocxStyleIds.Footer, "footer", DocxStyleIds.Normal,
                [Tabs((TabStopValues.Center, ContentWidth / 2), (TabStopValues.Right, ContentWidth)), Spacing()], [Color(Grey), .. Size(8)], uiPriority: 99),
            Paragraph(DocxStyleIds.Briefhoofd, "Briefhoofd", DocxStyleIds.Normal, [Spacing(after: 60)], [.. BoldBoth(), Color(Accent), .. Size(16)]),
            Paragraph(DocxStyleIds.Retouradres, "Retouradres", DocxStyleIds.Normal, [Spacing(after: 120)], [Color(Grey), .. Size(7)]),
            Paragraph(DocxStyleIds.Adresblok, "Adresblok", DocxStyleIds.Normal, [Spacing(line: 252)], []),
            Paragraph(DocxStyleIds.Kenmerk, "Kenmerk", DocxStyleIds.Normal,
                [Tabs((TabStopValues.Left, KenmerkTab)), Spacing(after: 20), new Indentation { Left = DocxUnits.Twips(KenmerkTab), Hanging = DocxUnits.Twips(KenmerkTab) }],
                [.. Size(9)]),
            // The notice above a translation: a framed paragraph, so "only the Dutch text is official" cannot be missed.
            Paragraph(DocxStyleIds.Melding, "Melding", DocxStyleIds.Normal,
                [new ParagraphBorders(Border<TopBorder>(6, "808080", 4), Border<LeftBorder>(6, "808080", 4), Border<BottomBorder>(6, "808080", 4), Border<RightBorder>(6, "808080", 4)),
                    Spacing(before: 360, after: 0)],
                [.. BoldBoth()]),
            Paragraph(DocxStyleIds.Aanhef, "Aanhef", DocxStyleIds.Normal, [Spacing(before: 480, after: 240)], [], DocxStyleIds.Normal),
            // A signature must never be split over two pages: every line keeps with the next and stays whole.
            Paragraph(DocxStyleIds.Ondertekening, "Ondertekening", DocxStyleIds.Normal, [new KeepNext(), new KeepLines(), Spacing(after: 0)], []),
            Paragraph(DocxStyleIds.Scheidingslijn, "Scheidingslijn", DocxStyleIds.Normal,
                [new ParagraphBorders(Border<BottomBorder>(6, "A6A6A6", 1)), Spacing(after: 240)], [.. Size(4)]),
            // Cell text needs its own style: Normal's spacing would win over the table style's paragraph spacing.
            Paragraph(DocxStyleIds.TableText, "Tabeltekst", DocxStyleIds.Normal, [Spacing(before: 40, after: 40, line: 240)], []),
            Paragraph(DocxStyleIds.Code, "Code", DocxStyleIds.Normal, [Spacing(after: 0)], [new RunFonts { Ascii = "Noto Sans Mono", HighAnsi = "Noto Sans Mono" }, .. Size(9.5)]),
            HyperlinkStyle());
        styles.Append(DocxTableStyles.Build());
        return styles;
    }

    private static DocDefaults Defaults(DocxLanguage language) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts
            {
                Ascii = DocxLanguage.LatinFont,
                HighAnsi = DocxLanguage.LatinFont,
                EastAsia = DocxLanguage.EastAsianFont,
                ComplexScript = DocxLanguage.ComplexScriptFont,
            },
            new FontSize { Val = DocxUnits.HalfPoints(10.5) },
            new FontSizeComplexScript { Val = DocxUnits.HalfPoints(10.5) },
            language.Languages())),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(Direction(language, Spacing(after: 120, line: 264)))));

    /// <summary>Right-to-left documents get w:bidi on Normal; every other paragraph style inherits it.</summary>
    private static OpenXmlElement[] Direction(DocxLanguage language, SpacingBetweenLines spacing) =>
        language.RightToLeft ? [new BiDi(), spacing] : [spacing];

    private static Style Heading(string id, string name, int outlineLevel, int before, int after, double points) =>
        Paragraph(id, name, DocxStyleIds.Normal,
            [new KeepNext(), new KeepLines(), Spacing(before, after), new OutlineLevel { Val = outlineLevel }],
            [.. BoldBoth(), Color(Accent), .. Size(points)], DocxStyleIds.Normal, 9);

    private static Style List(string id, string name, int numId) =>
        Paragraph(id, name, DocxStyleIds.Normal,
            [new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId }), Spacing(after: 60)], []);

    private static Style HyperlinkStyle()
    {
        var style = new Style { Type = StyleValues.Character, StyleId = DocxStyleIds.Hyperlink };
        style.Append(new StyleName { Val = "Hyperlink" }, new UIPriority { Val = 99 }, new UnhideWhenUsed());
        style.Append(new StyleRunProperties(Color("0B5394"), new Underline { Val = UnderlineValues.Single }));
        return style;
    }
}
