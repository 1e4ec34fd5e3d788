using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Markdown.Inlines;

/// <summary>
/// Links become real hyperlinks for screen readers, followed by the address in brackets when the link text
/// differs from it, because most of these letters are printed and a reader cannot click paper.
/// </summary>
internal static class DocxHyperlinks
{
    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];

    public static void Write(DocxMarkdownRenderer renderer, string url, Action writeText)
    {
        var display = url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? url["mailto:".Length..] : url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            // Not a link a reader can follow: its text is written as plain runs.
            var target = new DocxElement("w:hyperlink");
            Collect(renderer, target, writeText);
            foreach (var child in target.Children)
            {
                renderer.AppendInline(child);
            }

            AppendAddress(renderer, target.InnerText(), display);
            return;
        }

        var hyperlink = new DocxElement("w:hyperlink", ("w:history", "true"), ("r:id", renderer.AddHyperlink(uri)));
        renderer.AppendInline(hyperlink);
        renderer.HyperlinkDepth++;
        Collect(renderer, hyperlink, writeText);
        renderer.HyperlinkDepth--;
        AppendAddress(renderer, hyperlink.InnerText(), display);
    }

    private static void Collect(DocxMarkdownRenderer renderer, DocxElement target, Action writeText)
    {
        renderer.PushInlineTarget(target);
        writeText();
        renderer.PopInlineTarget();
    }

    private static void AppendAddress(DocxMarkdownRenderer renderer, string text, string display)
    {
        if (display.Length > 0 && !string.Equals(text.Trim(), display, StringComparison.OrdinalIgnoreCase))
        {
            renderer.AppendText($" ({display})");
        }
    }
}
