using System.Text.RegularExpressions;
using Smi.Docs.Diagnostics;
using Smi.Docs.Input;
using Smi.Docs.Policy;

namespace Smi.Docs.Catalogues;

/// <summary>
/// Reads the rejection catalogue (YAML, format in the head of data/afwijzingsgronden.yaml) and reports
/// every problem at once with line, column and key path, as SMI8xxx diagnostics (docs/diagnostics.md).
/// </summary>
internal static partial class AfwijzingsgrondenReader
{
    private static readonly (string, ArtikelSoort)[] Artikelsoorten =
    [
        ("doelgroep", ArtikelSoort.Doelgroep),
        ("leeftijd", ArtikelSoort.Leeftijd),
        ("woonplaats", ArtikelSoort.Woonplaats),
        ("voorliggendeVoorziening", ArtikelSoort.VoorliggendeVoorziening),
        ("netwerk", ArtikelSoort.Netwerk),
        ("aanvraag", ArtikelSoort.Aanvraag),
        ("kinderopvang", ArtikelSoort.Kinderopvang),
        ("inkomen", ArtikelSoort.Inkomen),
    ];

    /// <exception cref="SmiDocsException">The catalogue has errors; carries every one.</exception>
    public static AfwijzingsgrondenCatalogus Read(string yaml, string fileName)
    {
        var context = new InputContext(fileName, CatalogueCodes.AfwijzingsgrondenInput);
        if (YamlDocument.Parse(yaml, context, "the catalogue") is not { } root)
        {
            throw new SmiDocsException(context.Diagnostics.Items);
        }
        var entries = InputObject.Read(YamlInputNode.Root(root), context, o =>
        {
            o.PassOverTranslationBlock();
            return o.Entries("afwijzingsgronden", ReadGrond);
        });
        var gronden = new List<Afwijzingsgrond>();
        foreach (var (member, grond) in entries)
        {
            // Codes travel in case JSON and URLs and are read aloud on the phone: lower-case words and hyphens only.
            if (!CodeFormat().IsMatch(member.Key))
            {
                context.Diagnostics.Error(CatalogueCodes.AfwijzingsgrondCodeOngeldig, "a code is lower-case letters and digits in words joined by single hyphens",
                    context.At(member.Value.Path, member.Line, member.Column));
            }
            gronden.Add(grond with { Code = member.Key });
        }
        if (gronden.Count == 0 && !context.Diagnostics.HasErrors)
        {
            context.Error(CatalogueCodes.AfwijzingsgrondenLeeg, "afwijzingsgronden", "the catalogue has no rejection reasons");
        }
        context.Diagnostics.ThrowIfErrors();
        return new AfwijzingsgrondenCatalogus(gronden);
    }

    private static Afwijzingsgrond ReadGrond(InputObject o) => new(
        "",
        o.Text("titel"),
        o.Text("regel"),
        o.Text("feiten"),
        o.Text("alternatief"),
        o.Choice("artikel", Artikelsoorten),
        o.OptionalText("wet"),
        o.OptionalBoolean("eigenArtikel") ?? false);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodeFormat();
}
