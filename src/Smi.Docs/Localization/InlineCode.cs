using Smi.Docs.Formatting;

namespace Smi.Docs.Localization;

/// <summary>
/// A piece of a text the engine fills in or acts on, which a translator must keep: a <c>{{…}}</c> tag in a
/// template or a <c>{naam}</c> in YAML. <see cref="Key"/> is what must equal the Dutch (meervoud word forms excepted).
/// </summary>
internal sealed record InlineCode(int Start, int End, string Text, string Key)
{
    public static IReadOnlyList<InlineCode> Find(string text, bool isTemplate) =>
        isTemplate
            ? HandlebarsTags.Find(text).Select(t => new InlineCode(t.Start, t.End, t.Text, t.Key)).ToList()
            : TextPlaceholders.Find(text).Select(p => new InlineCode(p.Start, p.End, p.Text, p.Text)).ToList();

    public static string KeyOf(string code, bool isTemplate) =>
        isTemplate ? new HandlebarsTag(code, 0, code.Length).Key : code;
}
