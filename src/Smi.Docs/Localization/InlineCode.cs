using Smi.Docs.Formatting;

namespace Smi.Docs.Localization;

/// <summary>
/// A piece of a text the engine fills in or acts on, which a translator must keep: a <c>{{ … }}</c> tag in a
/// template or a <c>{naam}</c> in YAML, with offsets into its segment's text. <see cref="Key"/> is what must equal
/// the Dutch (meervoud word forms excepted).
/// </summary>
internal sealed record InlineCode(int Start, int End, string Text, string Key)
{
    /// <summary>The codes of one segment: a template's tags inside its span (one code per tag), or a YAML text's placeholders.</summary>
    public static IReadOnlyList<InlineCode> In(LocaleDocument document, Segment segment) =>
        document.Template is { } template
            ? template.Codes
                .Where(c => c.Start >= segment.Span.Start && c.End <= segment.Span.End)
                .Select(c => new InlineCode(c.Start - segment.Span.Start, c.End - segment.Span.Start, c.Text, c.Key))
                .ToList()
            : TextPlaceholders.Find(segment.Text).Select(p => new InlineCode(p.Start, p.End, p.Text, p.Text)).ToList();

    public static string KeyOf(string code, bool isTemplate) => isTemplate ? TemplateCode.KeyOf(code) : code;
}
