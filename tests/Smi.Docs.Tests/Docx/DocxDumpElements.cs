using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Smi.Docs.Tests.Docx;

/// <summary>Paragraphs, frames and tables of one part (body, header or footer) as dump lines.</summary>
internal static class DocxDumpElements
{
    public static void Write(StringBuilder output, OpenXmlPart part, IEnumerable<OpenXmlElement> elements)
    {
        string? openFrame = null;
        foreach (var element in elements)
        {
            if (element is Paragraph paragraph)
            {
                var frame = paragraph.ParagraphProperties?.FrameProperties is { } f ? Frame(f) : null;
                if (frame is not null && frame != openFrame)
                {
                    output.Append(frame).Append('\n');
                }

                openFrame = frame;
                output.Append(frame is null ? "" : "  ").Append(Paragraph(part, paragraph)).Append('\n');
            }
            else if (element is Table table)
            {
                openFrame = null;
                WriteTable(output, part, table);
            }
        }
    }

    private static string Paragraph(OpenXmlPart part, Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var label = new StringBuilder("[").Append(properties?.ParagraphStyleId?.Val?.Value ?? "Normal");
        if (properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value is { } level)
        {
            label.Append(" ilvl=").Append(level.ToString(CultureInfo.InvariantCulture));
        }

        if (properties?.Justification?.Val?.Value is { } jc)
        {
            label.Append(" jc=").Append(((IEnumValue)jc).Value);
        }

        label.Append(']');
        var text = DocxDumpText.Of(part, paragraph, markEmphasis: true);
        if (text.Length > 0)
        {
            return label.Append(' ').Append(text).ToString();
        }

        var spacing = properties?.SpacingBetweenLines;
        return spacing?.LineRule?.Value == LineSpacingRuleValues.Exact && spacing.Line?.Value is { } line
            ? label.Append($" (empty, {DocxDump.Mm(double.Parse(line, CultureInfo.InvariantCulture))} mm high)").ToString()
            : label.ToString();
    }

    private static void WriteTable(StringBuilder output, OpenXmlPart part, Table table)
    {
        var properties = table.GetFirstChild<TableProperties>();
        var rows = table.Elements<TableRow>().ToList();
        var alignments = (rows.FirstOrDefault(r => !IsHeader(r)) ?? rows.FirstOrDefault())?.Elements<TableCell>()
            .Select(c => c.GetFirstChild<Paragraph>()?.ParagraphProperties?.Justification?.Val?.Value is { } jc ? ((IEnumValue)jc).Value : "left")
            .ToList() ?? [];
        output.Append("table ").Append(properties?.TableStyle?.Val?.Value ?? "(no style)")
            .Append($", {alignments.Count} columns ({string.Join(", ", alignments)})")
            .Append(properties?.BiDiVisual is null ? "" : ", right-to-left")
            .Append('\n');
        foreach (var row in rows)
        {
            var header = IsHeader(row);
            var cells = row.Elements<TableCell>()
                .Select(c => string.Join(" ¶ ", c.Elements<Paragraph>().Select(p => DocxDumpText.Of(part, p, markEmphasis: !header))));
            output.Append(header ? "  header | " : "  row    | ").Append(string.Join(" | ", cells)).Append(" |\n");
        }
    }

    private static bool IsHeader(TableRow row) => row.TableRowProperties?.GetFirstChild<TableHeader>() is not null;

    private static string Frame(FrameProperties frame)
    {
        string Twips(string? value) => value is null ? "?" : DocxDump.Mm(double.Parse(value, CultureInfo.InvariantCulture));
        var height = frame.Height?.Value is { } h ? $" h={DocxDump.Mm(h)}" : "";
        var anchor = frame.VerticalPosition?.Value == VerticalAnchorValues.Page ? "page" : "text";
        return $"frame ({anchor}) x={Twips(frame.X?.Value)} y={Twips(frame.Y?.Value)} w={Twips(frame.Width?.Value)}{height} mm:";
    }
}
