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
            : YamlPlaceholders.Find(text).Select(m => new InlineCode(m.Index, m.Index + m.Length, m.Value, m.Value)).ToList();

    public static string KeyOf(string code, bool isTemplate) =>
        isTemplate ? new HandlebarsTag(code, 0, code.Length).Key : code;
}
