using DocumentFormat.OpenXml.Wordprocessing;
using static Smi.Docs.Docx.Styling.DocxStyleFactory;

namespace Smi.Docs.Docx.Styling;

/// <summary>
/// Table styles: Word's implicit "Normal Table" (every table style chains to it) and SmiTabel, a Table Grid look
/// with thin borders and a bold, shaded header row so calculation tables read well in print and in colour.
/// </summary>
internal static class DocxTableStyles
{
    public static Style[] Build() => [TableNormal(), SmiTabel()];

    private static Style TableNormal()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = DocxStyleIds.TableNormal, Default = true };
        style.Append(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })));
        return style;
    }

    private static Style SmiTabel()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = DocxStyleIds.Table };
        style.Append(
            new StyleName { Val = "Smi Tabel" },
            new BasedOn { Val = DocxStyleIds.TableNormal },
            new UIPriority { Val = 59 },
            new PrimaryStyle(),
            new StyleTableProperties(
                new TableBorders(
                    Border<TopBorder>(),
                    Border<LeftBorder>(),
                    Border<BottomBorder>(),
                    Border<RightBorder>(),
                    Border<InsideHorizontalBorder>(),
                    Border<InsideVerticalBorder>())),
            new TableStyleProperties(
                new StyleRunProperties(BoldBoth()),
                new TableStyleConditionalFormattingTableRowProperties(new TableHeader()),
                new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7ECF3" }))
            { Type = TableStyleOverrideValues.FirstRow });
        return style;
    }
}
