using System.Text.RegularExpressions;
using Smi.Docs.Diagnostics;
using Smi.Docs.Input;

namespace Smi.Docs.Catalogues;

/// <summary>
/// Reads the catalogue of missing items (YAML, format in the head of data/ontbrekende-gegevens.yaml) and
/// reports every problem at once with line, column and key path, as SMI9xxx diagnostics (docs/diagnostics.md).
/// </summary>
internal static partial class OntbrekendeGegevensReader
{
    /// <exception cref="SmiDocsException">The catalogue has errors; carries every one.</exception>
    public static OntbrekendeGegevensCatalogus Read(string yaml, string fileName)
    {
        var context = new InputContext(fileName, CatalogueCodes.OntbrekendeGegevensInput);
        if (YamlDocument.Parse(yaml, context, "the catalogue") is not { } root)
        {
            throw new SmiDocsException(context.Diagnostics.Items);
        }
        var entries = InputObject.Read(YamlInputNode.Root(root), context, o =>
        {
            o.PassOverTranslationBlock();
            return o.Entries("ontbrekendeGegevens", ReadGegeven);
        });
        var gegevens = new List<OntbrekendGegeven>();
        foreach (var (member, gegeven) in entries)
        {
            // Codes travel in case JSON and are read aloud on the phone: lower-case words and hyphens only.
            if (!CodeFormat().IsMatch(member.Key))
            {
                context.Diagnostics.Error(CatalogueCodes.OntbrekendGegevenCodeOngeldig, "a code is lower-case letters and digits in words joined by single hyphens",
                    context.At(member.Value.Path, member.Line, member.Column));
            }
            gegevens.Add(gegeven with { Code = member.Key });
        }
        if (gegevens.Count == 0 && !context.Diagnostics.HasErrors)
        {
            context.Error(CatalogueCodes.OntbrekendeGegevensLeeg, "ontbrekendeGegevens", "the catalogue has no missing items");
        }
        context.Diagnostics.ThrowIfErrors();
        return new OntbrekendeGegevensCatalogus(gegevens);
    }

    private static OntbrekendGegeven ReadGegeven(InputObject o) => new("", o.Text("titel"), o.Text("wat"), o.Text("waarom"), o.Text("hoe"));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodeFormat();
}
