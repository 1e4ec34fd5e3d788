using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Smi.Docs.Documents;
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
        Task.FromResult(Encoding.UTF8.GetBytes(Render(document)));

    public string Render(LetterDocument document)
    {
        var info = document.Info;
        var frame = document.Frame;
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(info.Language)).Append("\" dir=\"")
            .Append(info.Direction == TextDirection.RightToLeft ? "rtl" : "ltr").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(info.Title)).Append("</title>\n")
            .Append("<meta name=\"description\" content=\"").Append(Encode(info.Subject)).Append("\">\n")
            .Append("<style>\n").Append(LetterCss).Append(PageRules(frame.Footer)).Append("</style>\n</head>\n<body>\n<div class=\"brief\">\n");
        AppendFirstPage(html, frame);
        html.Append("<main>\n");
        if (frame.Salutation is not null)
        {
            html.Append("<p class=\"aanhef\">").Append(Encode(frame.Salutation)).Append("</p>\n");
        }
        html.Append(HtmlBodyRenderer.Render(document.Body));
        html.Append("</main>\n<footer class=\"voettekst\">").Append(Encode(frame.Footer.Text)).Append("</footer>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendFirstPage(StringBuilder html, LetterFrame frame)
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
        AppendLines(html, head.ContactLines);
        html.Append("</address>\n</header>\n");
        if (frame.HasAddressWindow)
        {
            html.Append("<div class=\"venster\">\n<p class=\"retouradres\">").Append(Encode(frame.ReturnAddress))
                .Append("</p>\n<address class=\"geadresseerde\">");
            AppendLines(html, frame.RecipientAddress);
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
            html.Append("<dt>").Append(Encode(field.Label)).Append("</dt><dd>").Append(Encode(field.Value)).Append("</dd>\n");
        }
        html.Append("</dl>\n");
    }

    private static void AppendLines(StringBuilder html, IReadOnlyList<string> lines) =>
        html.Append(string.Join("<br>", lines.Select(Encode)));

    /// <summary>Footer text and "Pagina X van Y" in CSS margin boxes (Chromium supports them since 131).</summary>
    private static string PageRules(PageFooter footer) =>
        "@page {\n  size: A4;\n" +
        $"  margin: {EnvelopeWindow.PageMarginTopMm}mm {EnvelopeWindow.PageMarginRightMm}mm {EnvelopeWindow.PageMarginBottomMm}mm {EnvelopeWindow.PageMarginLeftMm}mm;\n" +
        $"  @bottom-left {{ content: {CssString(footer.Text)}; font: 8pt \"Noto Sans\", sans-serif; color: #555; }}\n" +
        $"  @bottom-right {{ content: {CssString(footer.PageLabelBefore)} counter(page) {CssString(footer.PageLabelBetween)} counter(pages){(footer.PageLabelAfter.Length > 0 ? " " + CssString(footer.PageLabelAfter) : "")}; font: 8pt \"Noto Sans\", sans-serif; color: #555; }}\n}}\n";

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

    private static string ReadStylesheet()
    {
        using var stream = typeof(HtmlLetterRenderer).Assembly.GetManifestResourceStream("Smi.Docs.Html.letter.css")
            ?? throw new InvalidOperationException("letter.css is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
