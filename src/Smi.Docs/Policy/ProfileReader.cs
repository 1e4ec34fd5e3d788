using Smi.Docs.Diagnostics;
using Smi.Docs.Input;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Smi.Docs.Policy;

/// <summary>
/// Reads a municipality profile (YAML, keys as in <see cref="MunicipalityProfile"/>) and reports every
/// problem at once with its line, column and dotted key path, as SMI2xxx diagnostics (docs/diagnostics.md).
/// </summary>
public static class ProfileReader
{
    public const string LogoNotFound = "SMI2011";
    public const string FileNotReadable = "SMI2012";
    public const string MethodeVraagtSleutel = "SMI2013";

    /// <exception cref="SmiDocsException">The file cannot be read or the profile has errors.</exception>
    public static MunicipalityProfile Load(string filePath)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(filePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SmiDocsException(Diagnostic.Error(FileNotReadable,
                e is FileNotFoundException or DirectoryNotFoundException ? "profile file not found" : "profile file cannot be read",
                new SourceLocation(filePath)));
        }
        return Read(yaml, filePath);
    }

    /// <param name="filePath">Names the profile (its <see cref="MunicipalityProfile.Id"/>) and anchors the logo path.</param>
    /// <exception cref="SmiDocsException">The profile has errors; carries every one.</exception>
    public static MunicipalityProfile Read(string yaml, string filePath)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var context = new InputContext(filePath, "SMI2", "key");
        if (Parse(yaml, context) is not { } root)
        {
            throw new SmiDocsException(context.Diagnostics.Items);
        }
        var id = Path.GetFileNameWithoutExtension(filePath);
        var profile = InputObject.Read(YamlInputNode.Root(root), context, o => new MunicipalityProfile(
            id,
            o.Object("gemeente", ReadGemeente),
            o.Object("ondertekening", s => new Ondertekening(s.Text("namens"), s.Text("naam"), s.Text("functie"))),
            o.Object("regeling", r => new Regeling(r.Text("titel"), r.Text("artikelToekenning"), r.OptionalText("artikelHardheidsclausule"))
            {
                VastgelegdIn = BeleidKeuzesReader.VastgelegdIn(r),
            }),
            o.Object("bezwaar", b => new Bezwaar(b.Texts("postadres"), b.OptionalText("digitaal"))),
            o.Object("beleid", ReadBeleid)));
        context.Diagnostics.ThrowIfErrors();
        return profile;
    }

    private static Gemeente ReadGemeente(InputObject o) => new(
        o.Text("naam"),
        o.OptionalFilePath("logo", LogoNotFound),
        o.Texts("postadres"),
        o.Texts("bezoekadres"),
        o.Text("telefoon"),
        o.Text("email"),
        o.Text("website"));

    private static Beleid ReadBeleid(InputObject o) => BeleidKeuzesReader.Aanvullen(new Beleid(
        o.Decimal("basisaanbodDagenPerWeek", maximum: 7),
        o.Integer("basisaanbodMaanden"),
        o.Integer("verlengingMaanden"),
        o.OptionalInteger("maximumAantalVerlengingen"),
        o.Integer("verlengingAanvragenWekenVoorEinde"),
        o.Integer("maximumUrenPerMaandPerKind", maximum: 31 * 24),
        o.Integer("beslistermijnWeken"),
        o.Integer("hersteltermijnDagen"),
        o.Boolean("inzetVoorHerstel"),
        o.OptionalInteger("verdagingWeken"),
        o.OptionalObject("eigenBijdrage", EigenBijdrageReader.Read) ?? EigenBijdrageBeleid.Basislijn), o);

    /// <summary>The root node of the single YAML document, or null after reporting why there is none.</summary>
    private static YamlNode? Parse(string yaml, InputContext context)
    {
        var parser = new Parser(new StringReader(yaml));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            // YamlDotNet reports a repeated key while building the mapping; give it the shared code.
            var problem = e.Message.StartsWith("Duplicate key", StringComparison.Ordinal) ? InputProblem.DuplicateKey : InputProblem.Malformed;
            context.Report(problem, At(context, e.Start), problem == InputProblem.DuplicateKey
                ? "a key appears more than once in this mapping"
                : $"malformed YAML: {e.Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16.3 throws this from its scanner on some broken flow collections ("a: [1, 2").
            context.Report(InputProblem.Malformed, parser.Current is { } near ? At(context, near.Start) : context.At("", 1, 1),
                "malformed YAML: an unclosed or broken flow collection ([ ] or { })");
            return null;
        }
        if (stream.Documents.Count != 1)
        {
            context.Report(InputProblem.Malformed, stream.Documents.Count == 0 ? context.At("", 1, 1) : At(context, stream.Documents[1].RootNode.Start),
                stream.Documents.Count == 0 ? "the profile is empty" : "expected one YAML document, found several");
            return null;
        }
        return stream.Documents[0].RootNode;
    }

    private static SourceLocation At(InputContext context, Mark mark) =>
        context.At("", checked((int)mark.Line), checked((int)mark.Column));
}
