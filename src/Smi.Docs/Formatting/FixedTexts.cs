using Smi.Docs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Smi.Docs.Formatting;

/// <summary>
/// The fixed texts outside the templates in one language (<c>templates/teksten.yaml</c>, translated in
/// <c>locales/&lt;taal&gt;/teksten.yaml</c>): frame labels, salutations, kinds of childcare, the sentences that explain a
/// calculation and the notices above a translation. Keys are the dotted paths of the YAML ("kader.datum");
/// a <c>{naam}</c> in a text (<see cref="TextPlaceholders"/>) is filled in by <see cref="Format"/>.
/// </summary>
public sealed class FixedTexts
{
    private static readonly Lazy<FixedTexts> LazyDutch = new(() =>
    {
        using var stream = typeof(FixedTexts).Assembly.GetManifestResourceStream("Smi.Docs.teksten.yaml")
            ?? throw new InvalidOperationException("teksten.yaml is not embedded in Smi.Docs");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "templates/teksten.yaml");
    });

    private readonly IReadOnlyDictionary<string, string> _texts;

    private FixedTexts(string fileName, IReadOnlyDictionary<string, string> texts)
    {
        FileName = fileName;
        _texts = texts;
    }

    /// <summary>The Dutch texts built into the engine (the same file as templates/teksten.yaml), for callers without a templates folder.</summary>
    public static FixedTexts Dutch => LazyDutch.Value;

    /// <summary>Where the texts came from, as diagnostics name it.</summary>
    public string FileName { get; }

    public IEnumerable<string> Keys => _texts.Keys;

    public static FixedTexts Load(string path, string displayName) => Parse(File.ReadAllText(path), displayName);

    /// <summary>Reads the nested mapping; the <c>vertaling</c> block of a translation is metadata for the translators' tools, not text.</summary>
    public static FixedTexts Parse(string yaml, string fileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new SmiDocsException(Diagnostic.Error(TemplateDiagnosticCodes.FixedTextsUnreadable, "fixed texts are not valid YAML: " + e.Message,
                SourceLocation.InFile(fileName, checked((int)e.Start.Line), checked((int)e.Start.Column))));
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var diagnostics = new DiagnosticBag();
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new SmiDocsException(Diagnostic.Error(TemplateDiagnosticCodes.FixedTextsUnreadable, "fixed texts must be one mapping of keys to texts", SourceLocation.InFile(fileName, 1, 1)));
        }
        Flatten(root, "", texts, diagnostics, fileName);
        diagnostics.ThrowIfErrors();
        return new FixedTexts(fileName, texts);
    }

    public string this[string key] =>
        _texts.TryGetValue(key, out var text)
            ? text
            : throw new SmiDocsException(Diagnostic.Error(TemplateDiagnosticCodes.FixedTextMissing, $"no text for '{key}'", SourceLocation.InFile(FileName, 1, 1)));

    public bool Contains(string key) => _texts.ContainsKey(key);

    /// <summary>The text of <paramref name="key"/> with each <c>{naam}</c> replaced; a name without a value is an error, never printed.</summary>
    public string Format(string key, params (string Name, string Value)[] values)
    {
        var text = this[key];
        return TextPlaceholders.Replace(text, placeholder =>
        {
            foreach (var (name, value) in values)
            {
                if (name == placeholder.Name)
                {
                    return value;
                }
            }
            throw new SmiDocsException(Diagnostic.Error(TemplateDiagnosticCodes.FixedTextUnknownPlaceholder,
                $"'{key}' has a placeholder {placeholder.Text} that is not filled in here; allowed: {string.Join(", ", values.Select(v => "{" + v.Name + "}"))}",
                SourceLocation.InFile(FileName, 1, 1)));
        });
    }

    private static void Flatten(YamlMappingNode mapping, string prefix, Dictionary<string, string> texts, DiagnosticBag diagnostics, string fileName)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = prefix + ((YamlScalarNode)keyNode).Value;
            if (prefix.Length == 0 && key == "vertaling")
            {
                continue;
            }
            switch (value)
            {
                case YamlMappingNode child:
                    Flatten(child, key + ".", texts, diagnostics, fileName);
                    break;
                case YamlScalarNode { Value: { Length: > 0 } text }:
                    texts[key] = text;
                    break;
                default:
                    diagnostics.Error(TemplateDiagnosticCodes.FixedTextsUnreadable, $"'{key}' must be a text or a mapping of texts",
                        SourceLocation.InFile(fileName, checked((int)value.Start.Line), checked((int)value.Start.Column)));
                    break;
            }
        }
    }
}
