using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Smi.Docs.Input;

/// <summary>
/// A YamlDotNet representation node seen as an <see cref="InputNode"/>, with the 1-based line and
/// column YamlDotNet's <see cref="Mark"/> gives. Plain scalars are typed by the YAML 1.2 core schema
/// (<c>12</c> is a number, <c>~</c> is null, <c>true</c> a boolean); quoted scalars are always strings.
/// </summary>
internal sealed partial class YamlInputNode(YamlNode node, string? path, InputNode? parent = null, string? key = null, int index = 0)
    : InputNode(path, parent, key, index)
{
    public static YamlInputNode Root(YamlNode node) => new(node, "");

    public override InputKind Kind => node switch
    {
        YamlMappingNode => InputKind.Object,
        YamlSequenceNode => InputKind.Array,
        YamlScalarNode scalar => ScalarKind(scalar),
        _ => InputKind.Null,
    };

    public override int? Line => checked((int)node.Start.Line);

    public override int? Column => checked((int)node.Start.Column);

    public override IEnumerable<InputMember> Members =>
        node is YamlMappingNode mapping
            ? mapping.Children.Select((pair, i) => Member(pair.Key, pair.Value, i))
            : [];

    public override IEnumerable<InputNode> Items =>
        node is YamlSequenceNode sequence
            ? sequence.Children.Select((item, i) => new YamlInputNode(item, null, this, null, i))
            : [];

    // People writing a profile by hand do not quote "artikel 5" or a phone number, and should not have
    // to quote a title that happens to look like a number: any non-null scalar is acceptable text.
    public override bool TryGetText(out string text)
    {
        var kind = Kind;
        text = node is YamlScalarNode scalar && kind != InputKind.Null ? scalar.Value ?? "" : "";
        return node is YamlScalarNode && kind != InputKind.Null;
    }

    public override NumberParse TryGetDecimal(out decimal value)
    {
        value = 0;
        if (Kind != InputKind.Number)
        {
            return NumberParse.NotANumber;
        }
        return decimal.TryParse(((YamlScalarNode)node).Value, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            ? NumberParse.Ok
            : NumberParse.OutOfRange;
    }

    public override string NumberText => Kind == InputKind.Number ? ((YamlScalarNode)node).Value ?? "" : "";

    public override bool TryGetBoolean(out bool value)
    {
        var isBoolean = Kind == InputKind.Boolean;
        value = isBoolean && ((YamlScalarNode)node).Value is "true" or "True" or "TRUE";
        return isBoolean;
    }

    public override string MemberPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    private InputMember Member(YamlNode key, YamlNode value, int index)
    {
        var name = key is YamlScalarNode scalar ? scalar.Value ?? "" : "";
        return new InputMember(name, checked((int)key.Start.Line), checked((int)key.Start.Column), new YamlInputNode(value, null, this, name, index), index);
    }

    private static InputKind ScalarKind(YamlScalarNode scalar)
    {
        if (scalar.Style is not ScalarStyle.Plain || (!scalar.Tag.IsEmpty && scalar.Tag.Value == "tag:yaml.org,2002:str"))
        {
            return InputKind.String;
        }
        var value = scalar.Value ?? "";
        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return InputKind.Null;
        }
        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return InputKind.Boolean;
        }
        return CoreNumber().IsMatch(value) ? InputKind.Number : InputKind.String;
    }

    // YAML 1.2 core schema, decimal notation only; .inf and .nan are not amounts.
    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex CoreNumber();
}
