namespace Smi.Docs.Localization;

/// <summary>A Dutch source or a translation, read as a template or as YAML depending on its source.</summary>
public sealed class LocaleDocument
{
    private LocaleDocument(string text, TemplateText? template, YamlText? yaml)
    {
        Text = text;
        Template = template;
        Yaml = yaml;
    }

    public string Text { get; }

    public TemplateText? Template { get; }

    public YamlText? Yaml { get; }

    public IReadOnlyList<Segment> Segments => Template?.Segments ?? Yaml!.Segments;

    /// <summary>bron, bronHash, status and notities as found (front matter or the <c>vertaling:</c> block).</summary>
    public IReadOnlyDictionary<string, MetadataField> Metadata => Template?.FrontMatter ?? Yaml!.Metadata;

    /// <exception cref="Diagnostics.SmiDocsException">The file cannot be read as a template or YAML.</exception>
    public static LocaleDocument Parse(string text, string file, LocaleSource source) =>
        source.IsTemplate
            ? new LocaleDocument(text, TemplateText.Parse(text, file), null)
            : new LocaleDocument(text, null, YamlText.Parse(text, file, source.Kind));

    public static LocaleDocument Load(string root, string relativePath, LocaleSource source) =>
        Parse(File.ReadAllText(LocaleSources.FullPath(root, relativePath)), relativePath, source);
}
