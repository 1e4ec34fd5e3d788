using Smi.Docs.Cases;
using Smi.Docs.Composition;
using Smi.Docs.Documents;
using Smi.Docs.Policy;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>The bundled examples, read once and composed with the real templates.</summary>
internal static class Examples
{
    private static readonly Lazy<DocumentComposer> LazyComposer = new(() => DocumentComposer.Create(TestPaths.Templates));

    public static DocumentComposer Composer => LazyComposer.Value;

    public static MunicipalityProfile Voorbeeldstad { get; } = ProfileReader.Load(TestPaths.Profile("voorbeeldstad"));

    public static SmiCase Case(string name) => CaseReader.Read(File.ReadAllText(TestPaths.Case(name)), name + ".json");

    public static LetterDocument Toekenning(string caseName) =>
        Composer.Compose(Case(caseName), Voorbeeldstad, "toekenning", "nl");

    public static MunicipalityProfile Profile(string id) => id == "voorbeeldstad" ? Voorbeeldstad : ProfileReader.Load(TestPaths.Profile(id));

    public static LetterDocument Verlenging(string caseName, string profileId) =>
        Composer.Compose(Case(caseName), Profile(profileId), "verlenging", "nl");

    /// <summary>Voorbeeldstad as if its regulation had an income test in <paramref name="artikel"/> (Oude IJsselstreek 2020 art. 5).</summary>
    public static MunicipalityProfile VoorbeeldstadMetInkomenstoets(string artikel)
    {
        var path = TestPaths.Profile("voorbeeldstad");
        var yaml = File.ReadAllText(path).Replace("    aanvraag: artikel 4\n", $"    aanvraag: artikel 4\n    inkomen: {artikel}\n", StringComparison.Ordinal)
            .Replace("  inkomenstoets: ~ ", "  inkomenstoets: { percentage: 110, van: wml } ", StringComparison.Ordinal);
        return ProfileReader.Read(yaml, path);
    }

    /// <summary>The publiekstekst of an example profile: made from the profile alone, without a case.</summary>
    public static LetterDocument Publiekstekst(string profileId) =>
        Composer.Compose(null, Profile(profileId), "publiekstekst", "nl");

    /// <summary>A form example: <see cref="FormExample.CaseName"/> null prints it blank.</summary>
    public static LetterDocument Form(FormExample example) =>
        Composer.Compose(example.CaseName is { } name ? Case(name) : null, Voorbeeldstad, example.DocumentId, "nl");
}
