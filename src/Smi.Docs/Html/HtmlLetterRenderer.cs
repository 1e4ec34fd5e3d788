using System.Buffers;
using System.Net;
using System.Text;
using Smi.Docs.Documents;
using Smi.Docs.Formatting;
using Smi.Docs.Rendering;

namespace Smi.Docs.Html;

/// <summary>
/// Renders the letter as one self-contained, semantic HTML page (lang, dir, headings, real tables with
/// header cells) with print CSS; the PDF route prints this same page. The logo is inlined as a data URI
/// so the file works offline and in an e-mail archive.
/// </summary>
public sealed class HtmlLetterRenderer : IDocumentRenderer
{
    private static readonly string LetterCss = ReadStylesheet();

    public string Format => "html";

    public Task<byte[]> RenderAsync(LetterDocument document, CancellationToken cancellationToken = default) =>
        RenderAsync([document], cancellationToken);

    public Task<byte[]> RenderAsync(IReadOnlyList<LetterDocument> parts, CancellationToken cancellationToken = default)
    {
        var html = Build(parts);
        try
        {
            return Task.FromResult(Utf8(html));
        }
        finally
        {
            ThreadStringBuilder.GiveBack(html);
        }
    }

    public string Render(LetterDocument document) => Render([document]);

    /// <summary>
    /// One page holding several letters, each starting on a new sheet with its own language, direction and footer
    /// (a translation followed by the Dutch original). The page numbers run through the whole bundle, because
    /// Chromium cannot restart the page counter; each part's footer speaks its own language.
    /// </summary>
    public string Render(IReadOnlyList<LetterDocument> parts)
    {
        var html = Build(parts);
        try
        {
            return html.ToString();
        }
        finally
        {
            ThreadStringBuilder.GiveBack(html);
        }
    }

    // The page goes from its builder to UTF-8 without a string in between: a letter is tens of kilobytes.
    private static byte[] Utf8(StringBuilder html)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(html.Length));
        try
        {
            // One encoder across the chunks: a surrogate pair split between two chunks is still one character.
            var encoder = Encoding.UTF8.GetEncoder();
            var written = 0;
            foreach (var chunk in html.GetChunks())
            {
                written += encoder.GetBytes(chunk.Span, buffer.AsSpan(written), flush: false);
            }
            written += encoder.GetBytes([], buffer.AsSpan(written), flush: true);
            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static StringBuilder Build(IReadOnlyList<LetterDocument> parts)
    {
        ArgumentOutOfRangeException.ThrowIfZero(parts.Count);
        var info = parts[0].Info;
        var html = ThreadStringBuilder.Take(16 * 1024 * parts.Count);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(info.Language)).Append("\" dir=\"")
            .Append(Dir(info.Direction)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(info.Title)).Append("</title>\n")
            .Append("<meta name=\"description\" content=\"").Append(Encode(info.Subject)).Append("\">\n")
            .Append("<style>\n").Append(LetterCss);
        for (var index = 0; index < parts.Count; index++)
        {
            html.Append(PageRules(parts[index].Frame.Footer, parts[index].Info.Direction, index));
        }
        html.Append("</style>\n</head>\n<body>\n");
        for (var index = 0; index < parts.Count; index++)
        {
            AppendLetter(html, parts[index], index);
        }
        html.Append("</body>\n</html>\n");
        return html;
    }

    private static void AppendLetter(StringBuilder html, LetterDocument document, int index)
    {
        var info = document.Info;
        var frame = document.Frame;
        html.Append(index == 0 ? "<div class=\"brief\">\n" : $"<div class=\"brief {PartName(index)}\" lang=\"{Encode(info.Language)}\" dir=\"{Dir(info.Direction)}\">\n");
        AppendFirstPage(html, frame, info.Direction);
        // One main landmark per page: a later part (the Dutch original) is a region named by its title.
        html.Append(index == 0 ? "<main>\n" : $"<section class=\"hoofdtekst\" aria-label=\"{Encode(info.Title)}\">\n");
        if (frame.Notice is { } notice)
        {
            html.Append("<p class=\"melding\" role=\"note\" lang=\"").Append(Encode(notice.LanguageTag)).Append("\" dir=\"")
                .Append(Dir(notice.Direction)).Append("\">").Append(Encode(notice.Text)).Append("</p>\n");
        }
        if (frame.Salutation is not null)
        {
            html.Append("<p class=\"aanhef\">").Append(Encode(frame.Salutation)).Append("</p>\n");
        }
        HtmlBodyRenderer.Render(document.Body, html);
        html.Append(index == 0 ? "</main>\n" : "</section>\n")
            .Append("<footer class=\"voettekst\">").Append(Encode(frame.Footer.Text)).Append("</footer>\n</div>\n");
    }

    private static string PartName(int index) => $"deel-{index + 1}";

    private static void AppendFirstPage(StringBuilder html, LetterFrame frame, TextDirection direction)
    {
        var head = frame.Letterhead;
        // Without a recipient (a form) the first page needs no room for the envelope window.
        html.Append(frame.HasAddressWindow ? "<div class=\"eerste-pagina\">\n" : "<div class=\"eerste-pagina zonder-venster\">\n")
            .Append("<header class=\"briefhoofd\">\n<div>\n");
        if (head.Logo is not null)
        {
            html.Append("<img src=\"data:").Append(head.Logo.ContentType).Append(";base64,").Append(Convert.ToBase64String(head.Logo.Data))
                .Append("\" alt=\"").Append(Encode(head.Logo.AlternativeText)).Append("\">\n");
        }
        html.Append("<p class=\"gemeente\">").Append(Encode(head.MunicipalityName)).Append("</p>\n</div>\n<address>");
        // In a right-to-left letter each Dutch contact line ("1200 AB Voorbeeldstad") keeps its own direction.
        html.Append(string.Join("<br>", head.ContactLines.Select(line => ContactLine(line, direction))));
        html.Append("</address>\n</header>\n");
        if (frame.HasAddressWindow)
        {
            html.Append("<div class=\"venster\">\n<p class=\"retouradres\">").Append(Encode(frame.ReturnAddress))
                .Append("</p>\n<address class=\"geadresseerde\">");
            html.Append(string.Join("<br>", frame.RecipientAddress.Select(Encode)));
            html.Append("</address>\n</div>\n");
        }
        html.Append("</div>\n");
        if (frame.ReferenceFields.Count == 0)
        {
            return;
        }
        html.Append("<dl class=\"kenmerken\">\n");
        foreach (var field in frame.ReferenceFields)
        {
            html.Append("<dt>").Append(Encode(field.Label)).Append("</dt><dd>").Append(FrameValue(field.Value, direction)).Append("</dd>\n");
        }
        html.Append("</dl>\n");
    }

    private static string ContactLine(ContactLine line, TextDirection direction)
    {
        var text = line.Value is null ? Encode(line.Text) : $"{Encode(line.Text)} {FrameValue(line.Value, direction)}";
        return direction == TextDirection.RightToLeft ? $"<bdi>{text}</bdi>" : text;
    }

    private static string FrameValue(string value, TextDirection direction) =>
        DirectionIsolate.AppliesToFrameValue(direction, value) ? $"<bdi>{Encode(value)}</bdi>" : Encode(value);

    /// <summary>
    /// Footer text and "Pagina X van Y" in CSS margin boxes (Chromium supports them since 131). A later part of a
    /// bundle gets a named page with its own footer, and starts on a new sheet.
    /// </summary>
    private static string PageRules(PageFooter footer, TextDirection direction, int index) =>
        (index == 0 ? "@page {\n" : $".{PartName(index)} {{ page: {PartName(index)}; break-before: page; }}\n@page {PartName(index)} {{\n") +
        "  size: A4;\n" +
        $"  margin: {EnvelopeWindow.PageMarginTopMm}mm {EnvelopeWindow.PageMarginRightMm}mm {EnvelopeWindow.PageMarginBottomMm}mm {EnvelopeWindow.PageMarginLeftMm}mm;\n" +
        // Margin boxes are physical: a right-to-left letter starts its footer on the right.
        $"  @bottom-{(direction == TextDirection.RightToLeft ? "right" : "left")} {{ content: {CssString(footer.Text)}; font: {FooterFont}; color: #555; }}\n" +
        $"  @bottom-{(direction == TextDirection.RightToLeft ? "left" : "right")} {{ content: {CssString(footer.PageLabelBefore)} counter(page) {CssString(footer.PageLabelBetween)} counter(pages){(footer.PageLabelAfter.Length > 0 ? " " + CssString(footer.PageLabelAfter) : "")}; font: {FooterFont}; color: #555; }}\n}}\n";

    /// <summary>The footer names its fonts per script like the letter (pdf-probe §2), or Arabic falls back to DejaVu Sans.</summary>
    private static readonly string FooterFont = $"8pt {DocumentFonts.Noto.CssFamilies}, sans-serif";

    /// <summary>
    /// A CSS string literal that no value can break out of: everything but letters, digits and spaces
    /// becomes a hex escape (CSS Syntax §4.3.7), so a case number cannot end the rule or the style element.
    /// </summary>
    internal static string CssString(string value)
    {
        var css = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c) || c == ' ')
            {
                css.Append(c);
            }
            else
            {
                css.Append('\\').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
        }
        return css.Append('"').ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Dir(TextDirection direction) => direction == TextDirection.RightToLeft ? "rtl" : "ltr";

    private static string ReadStylesheet()
    {
        using var stream = typeof(HtmlLetterRenderer).Assembly.GetManifestResourceStream("Smi.Docs.Html.letter.css")
            ?? throw new InvalidOperationException("letter.css is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
