using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Smi.Docs.Tests.Docx;

/// <summary>
/// The text of a paragraph: **bold** and *italic* marked lightly, tabs as ⇥, line breaks as ↵, fields as {PAGE},
/// hyperlinks as [text](url) and images as {image "alt" w×h mm}.
/// </summary>
internal static class DocxDumpText
{
    public static string Of(OpenXmlPart part, Paragraph paragraph, bool markEmphasis)
    {
        var segments = new List<(string Text, bool Bold, bool Italic)>();
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    // A literal asterisk is escaped so it cannot be read as the emphasis marker of the dump.
                    segments.Add((markEmphasis ? RunText(run).Replace("*", "\\*") : RunText(run), markEmphasis && IsOn(run.RunProperties?.Bold), markEmphasis && IsOn(run.RunProperties?.Italic)));
                    break;
                case Hyperlink link:
                    var url = link.Id?.Value is { } id ? part.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri.OriginalString : link.Anchor?.Value;
                    segments.Add(($"[{string.Concat(link.Elements<Run>().Select(RunText))}]({url})", false, false));
                    break;
                case SimpleField field:
                    segments.Add(($"{{{field.Instruction?.Value?.Trim().Split(' ')[0]}}}", false, false));
                    break;
            }
        }

        return Join(segments);
    }

    private static string Join(List<(string Text, bool Bold, bool Italic)> segments)
    {
        var output = new StringBuilder();
        var i = 0;
        while (i < segments.Count)
        {
            var (bold, italic) = (segments[i].Bold, segments[i].Italic);
            var text = new StringBuilder();
            for (; i < segments.Count && segments[i].Bold == bold && segments[i].Italic == italic; i++)
            {
                text.Append(segments[i].Text);
            }

            var marker = (bold ? "**" : "") + (italic ? "*" : "");
            var content = text.ToString();
            var trimmed = content.Trim();
            if (marker.Length == 0 || trimmed.Length == 0)
            {
                output.Append(content);
                continue;
            }

            // Keep spaces outside the markers so "**vet** tekst" does not read as "**vet **tekst".
            output.Append(content[..content.IndexOf(trimmed[0])]).Append(marker).Append(trimmed).Append(marker)
                .Append(content[(content.LastIndexOf(trimmed[^1]) + 1)..]);
        }

        return output.ToString();
    }

    private static string RunText(Run run)
    {
        var text = new StringBuilder();
        foreach (var child in run.ChildElements)
        {
            text.Append(child switch
            {
                Text t => t.Text,
                TabChar or PositionalTab => " ⇥ ",
                Break => "↵",
                Drawing drawing => Image(drawing),
                _ => "",
            });
        }

        return text.ToString();
    }

    private static string Image(Drawing drawing)
    {
        var extent = drawing.Descendants<Wp.Extent>().FirstOrDefault();
        var alt = drawing.Descendants<Wp.DocProperties>().FirstOrDefault()?.Description?.Value;
        string Mm(long? emu) => ((emu ?? 0) / 36000.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        return $"{{image \"{alt}\" {Mm(extent?.Cx?.Value)}×{Mm(extent?.Cy?.Value)} mm}}";
    }

    private static bool IsOn(OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);
}
