using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Smi.Docs.Docx.Styling;

/// <summary>Small builders so the style sheet reads like a table. Callers pass children in schema order.</summary>
internal static class DocxStyleFactory
{
    public static Style Paragraph(
        string id,
        string name,
        string? basedOn,
        IEnumerable<OpenXmlElement> paragraphProperties,
        IEnumerable<OpenXmlElement> runProperties,
        string? next = null,
        int uiPriority = 0)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (id == DocxStyleIds.Normal)
        {
            // Word treats a paragraph without w:pStyle as the default style; without this flag it has none.
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        if (uiPriority > 0)
        {
            style.Append(new UIPriority { Val = uiPriority });
        }

        style.Append(new PrimaryStyle());
        var pPr = new StyleParagraphProperties(paragraphProperties);
        if (pPr.HasChildren)
        {
            style.Append(pPr);
        }

        var rPr = new StyleRunProperties(runProperties);
        if (rPr.HasChildren)
        {
            style.Append(rPr);
        }

        return style;
    }

    public static SpacingBetweenLines Spacing(int before = 0, int after = 0, int? line = null)
    {
        var spacing = new SpacingBetweenLines { Before = DocxUnits.Twips(before), After = DocxUnits.Twips(after) };
        if (line is { } value)
        {
            // Assigning null to these properties would write an empty, invalid attribute, so set them only when given.
            spacing.Line = DocxUnits.Twips(value);
            spacing.LineRule = LineSpacingRuleValues.Auto;
        }

        return spacing;
    }

    public static OpenXmlElement[] Size(double points) =>
    [
        new FontSize { Val = DocxUnits.HalfPoints(points) },
        new FontSizeComplexScript { Val = DocxUnits.HalfPoints(points) },
    ];

    public static OpenXmlElement[] BoldBoth() => [new Bold(), new BoldComplexScript()];

    public static Color Color(string hex) => new() { Val = hex };

    public static Tabs Tabs(params (TabStopValues Kind, int Position)[] stops) =>
        new(stops.Select(s => new TabStop { Val = s.Kind, Position = s.Position }));

    public static BorderType Border<TBorder>(int eighthPoints = 4, string color = "808080", uint space = 0)
        where TBorder : BorderType, new() =>
        new TBorder { Val = BorderValues.Single, Size = (uint)eighthPoints, Space = space, Color = color };
}
