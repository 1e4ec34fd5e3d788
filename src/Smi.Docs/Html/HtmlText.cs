using System.Text;

namespace Smi.Docs.Html;

/// <summary>
/// Escapes text the way the HTML serialization algorithm does (HTML Living Standard, "escaping a string"): in text
/// &amp;, no-break space, &lt; and &gt;; in an attribute value &amp;, no-break space and the quote. Quotes stay plain in
/// text and the no-break spaces of amounts and dates ("€ 1.234,56") stay visible in the source.
/// </summary>
internal static class HtmlText
{
    public static string Escape(ReadOnlySpan<char> text) => Escape(text, attribute: false);

    public static string EscapeAttribute(ReadOnlySpan<char> text) => Escape(text, attribute: true);

    private static string Escape(ReadOnlySpan<char> text, bool attribute)
    {
        if (text.IndexOfAny(attribute ? "&\u00A0\"" : "&\u00A0<>") < 0)
        {
            return text.ToString();
        }
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '\u00A0' => "&nbsp;",
                '"' when attribute => "&quot;",
                '<' when !attribute => "&lt;",
                '>' when !attribute => "&gt;",
                _ => null,
            } ?? c.ToString());
        }
        return escaped.ToString();
    }
}
