using Scriban.Syntax;
using Smi.Docs.Templating;

namespace Smi.Docs.PlainLanguage;

/// <summary>
/// Blanks everything of a template that is not text a reader meets — the front matter and every <c>{{ … }}</c> — by
/// the spans of its syntax tree, keeping every other character (and so every line and column) where it was. A printed
/// value becomes one neutral word, because the reader sees a value there ("Dat is <c>{{ periode.maanden }}</c> maanden"
/// keeps its shape); <c>if</c>, <c>for</c>, <c>end</c>, <c>include</c> and comments disappear.
/// </summary>
internal static class TemplateMask
{
    /// <summary>
    /// The word that stands in for a value: short, one syllable, common, and on no rule's list, so a placeholder
    /// counts as one ordinary word. It fits in the shortest tag (<c>{{x}}</c>).
    /// </summary>
    public const string PlaceholderWord = "iets";

    /// <summary>The text with only the front matter blanked: the Markdown the segmenter reads.</summary>
    public static string Body(TemplateSource source)
    {
        var text = source.Text.ToCharArray();
        Blank(text, 0, source.BodyStart);
        return new string(text);
    }

    public static char[] Mask(TemplateSource source)
    {
        var body = Body(source);
        var masked = body.ToCharArray();
        foreach (var tag in source.Tags)
        {
            Blank(masked, tag.Start, tag.End);
            if (tag.Kind == TemplateTagKind.Value)
            {
                PlaceholderWord.CopyTo(0, masked, tag.Start, PlaceholderWord.Length);
            }
        }
        // What an escape block ({%{ … }%}) holds is printed as written, so the reader meets it: only its delimiters go.
        foreach (var escaped in TemplateSyntax.Descendants(source.Page).OfType<ScriptRawStatement>().Where(r => r.IsEscape && !r.Span.IsEmpty))
        {
            var start = escaped.Span.Start.Offset;
            body.CopyTo(start, masked, start, escaped.Span.End.Offset + 1 - start);
        }
        return masked;
    }

    // Newlines stay so multi-line front matter and comments keep the lines after them in place.
    private static void Blank(char[] text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != '\n')
            {
                text[i] = ' ';
            }
        }
    }
}
