using Smi.Docs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Smi.Docs.Localization;

/// <summary>
/// A Dutch or translated YAML file read for comparison and exchange: the node tree, the <c>vertaling:</c>
/// metadata and the translatable values with their raw spans. A unit id is the key path, with a list item
/// named by its <c>id</c> when it has one (stable when items are added) or else by its index. The metadata keys
/// under <c>vertaling:</c> are not text; other keys there are (teksten.yaml keeps its notices under the same key).
/// </summary>
public sealed class YamlText
{
    public const string MetadataKey = "vertaling";

    private YamlText(string text, string file, YamlMappingNode root)
    {
        Text = text;
        File = file;
        Root = root;
        Lines = new LineIndex(text);
    }

    public string Text { get; }

    public string File { get; }

    public YamlMappingNode Root { get; }

    internal LineIndex Lines { get; }

    public IReadOnlyDictionary<string, MetadataField> Metadata { get; private set; } = new Dictionary<string, MetadataField>();

    public IReadOnlyList<Segment> Segments { get; private set; } = [];

    public static YamlText Parse(string text, string file, SourceKind kind)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            var (line, column) = e is YamlException y ? (checked((int)y.Start.Line), checked((int)y.Start.Column)) : (1, 1);
            throw new SmiDocsException(Diagnostic.Error(LocalizationCodes.Malformed, $"malformed YAML: {e.Message}", SourceLocation.InFile(file, line, column)));
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new SmiDocsException(Diagnostic.Error(LocalizationCodes.Malformed, "expected one YAML document with keys at the top", SourceLocation.InFile(file, 1, 1)));
        }
        var yaml = new YamlText(text, file, root);
        if (root.Children.TryGetValue(MetadataKey, out var metadata) && metadata is YamlMappingNode fields)
        {
            yaml.Metadata = fields.Children
                .Where(c => c.Key is YamlScalarNode && c.Value is YamlScalarNode)
                .ToDictionary(c => ((YamlScalarNode)c.Key).Value ?? "", c => yaml.Field((YamlScalarNode)c.Value), StringComparer.Ordinal);
        }
        var segments = new List<Segment>();
        foreach (var (name, key, value) in Children(root, null))
        {
            if (name != MetadataKey)
            {
                yaml.Collect(value, name, key, kind, segments);
            }
        }
        yaml.Segments = Unique(segments);
        return yaml;
    }

    /// <summary>The key a node belongs to, looking through lists: 'inleiding' for every item of inleiding.</summary>
    internal static IEnumerable<(string Name, string? Key, YamlNode Node)> Children(YamlNode node, string? key) => node switch
    {
        YamlMappingNode mapping => mapping.Children.Select(c => (((YamlScalarNode)c.Key).Value ?? "", (string?)((YamlScalarNode)c.Key).Value, c.Value)),
        YamlSequenceNode sequence => sequence.Children.Select((item, index) => (ItemName(item, index), key, item)),
        _ => [],
    };

    private void Collect(YamlNode node, string path, string? key, SourceKind kind, List<Segment> segments)
    {
        if (node is YamlScalarNode scalar)
        {
            if (TranslatableKeys.IsTranslatable(kind, key))
            {
                var field = Field(scalar);
                segments.Add(new Segment(path, field.Value, field.Span, field.YamlStyle));
            }
            return;
        }
        foreach (var (name, childKey, child) in Children(node, key))
        {
            Collect(child, $"{path}/{name}", childKey, kind, segments);
        }
    }

    private static string ItemName(YamlNode item, int index) =>
        item is YamlMappingNode mapping && mapping.Children.TryGetValue("id", out var id) && id is YamlScalarNode { Value.Length: > 0 } scalar
            ? scalar.Value!
            : index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Two items with the same id would share a unit; the second gets its position added.</summary>
    private static List<Segment> Unique(List<Segment> segments)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return segments.Select((s, i) => seen.Add(s.Id) ? s : s with { Id = $"{s.Id}#{i}" }).ToList();
    }

    private MetadataField Field(YamlScalarNode scalar)
    {
        var start = checked((int)scalar.Start.Index);
        var end = checked((int)scalar.End.Index);
        // A block scalar's end mark lies after its final line break; the value's text ends at the last visible character.
        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }
        return new MetadataField(scalar.Value ?? "", TextSpan.In(Lines, start, end), scalar.Style);
    }
}
