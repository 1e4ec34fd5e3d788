using Smi.Docs.Templating;

namespace Smi.Docs.Localization;

/// <summary>
/// One <c>{{ … }}</c> of a template as the locale tools compare and protect it: its exact characters and offsets in
/// the file, what it does, and <see cref="Key"/>, what must equal the Dutch. All of it is read from the syntax tree.
/// </summary>
/// <param name="Inside">The statement without delimiters and whitespace control, blanks collapsed: <c>if x</c>, <c>end</c>.</param>
/// <param name="Key">
/// The statement, except that the word forms of <c>meervoud</c> are the translator's: their number follows the
/// language (locales/README.md rule 3), so only the function and its count must match.
/// </param>
/// <param name="WordForms">The number of word forms of a <c>meervoud</c> call; null for any other tag.</param>
internal sealed record TemplateCode(int Start, int End, string Text, TemplateTagKind Kind, string Inside, string Key, int? WordForms)
{
    /// <summary>The tag as messages show it, whatever the whitespace control: <c>{{ datum periode.begin }}</c>.</summary>
    public string Display => "{{ " + Inside + " }}";

    /// <summary>What a code taken out of its template (an XLIFF <c>&lt;data&gt;</c>) must equal; a code that is not one whole tag must equal itself.</summary>
    public static string KeyOf(string code)
    {
        var source = TemplateSource.Parse(code, "code");
        return source.SyntaxErrors.Count == 0 && TemplateCodes.Of(source) is [var single] && single.Start == 0 && single.End == code.Length
            ? single.Key
            : code;
    }
}
