using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>HTML for snapshots: parsed and pretty-printed by AngleSharp; the inline logo becomes a short hash.</summary>
internal static partial class HtmlSnapshot
{
    public static string Normalize(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var image in document.QuerySelectorAll("img[src^='data:']"))
        {
            var source = image.GetAttribute("src")!;
            var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(source)))[..12];
            image.SetAttribute("src", $"data:… ({source.Length} chars, sha256 {hash})");
        }
        foreach (var style in document.QuerySelectorAll("style"))
        {
            // The stylesheet is the same for every letter except the @page footer; keep only that part.
            style.TextContent = PageRule().Match(style.TextContent).Value;
        }
        using var writer = new StringWriter();
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        return writer.ToString();
    }

    [GeneratedRegex(@"@page \{[\s\S]*\}\s*$")]
    private static partial Regex PageRule();
}
