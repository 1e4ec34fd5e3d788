using System.Text.RegularExpressions;
using Smi.Docs.Diagnostics;
using Smi.Docs.Input;
using Smi.Docs.Policy;

namespace Smi.Docs.Forms;

/// <summary>
/// Reads a form definition (YAML, keys as in <see cref="FormDefinition"/>) and reports every problem at once with
/// its line, column and key path, as SMI7xxx diagnostics (docs/diagnostics.md): the shared input problems plus the
/// rules below, which keep ids stable and unique and every reference (pre-fill, condition, placeholder) resolvable.
/// </summary>
public static partial class FormDefinitionReader
{
    private static readonly (string, FieldType)[] Types =
        Enum.GetValues<FieldType>().Select(t => (t.ToString().ToLowerInvariant(), t)).ToArray();

    /// <exception cref="SmiDocsException">The file cannot be read or the definition has errors.</exception>
    public static FormDefinition Load(string filePath, string displayName, Formatting.FixedTexts? texts = null)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(filePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SmiDocsException(Diagnostic.Error(FormCodes.FileNotReadable, "form definition cannot be read", new SourceLocation(displayName)));
        }
        return Read(yaml, displayName, texts);
    }

    /// <exception cref="SmiDocsException">The definition has errors; carries every one.</exception>
    public static FormDefinition Read(string yaml, string fileName, Formatting.FixedTexts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var context = new InputContext(fileName, FormCodes.Input);
        if (YamlDocument.Parse(yaml, context, "the form definition") is not { } root)
        {
            throw new SmiDocsException(context.Diagnostics.Items);
        }
        texts ??= Formatting.FixedTexts.Dutch;
        var state = new FormReadState(context, texts["formulier.ja"], texts["formulier.nee"]);
        var definition = InputObject.Read(YamlInputNode.Root(root), context, o =>
        {
            // A translation (locales/README.md) carries metadata for the translators' tools; the form ignores it.
            o.PassOverTranslationBlock();
            return new FormDefinition(
            state.Id(o, "id"),
            o.Date("versie"),
            state.Text(o, "titel"),
            state.Text(o, "titelVerlenging"),
            state.Texts(o, "inleiding"),
            state.Texts(o, "inleidingVerlenging"),
            o.Objects("secties", state.ReadSection));
        });
        state.CheckConditions();
        context.Diagnostics.ThrowIfErrors();
        return definition;
    }

    internal static bool IsStableId(string id) => StableId().IsMatch(id);

    internal static (string, FieldType)[] TypeNames => Types;

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex StableId();
}
