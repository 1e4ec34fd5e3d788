using Smi.Docs.Diagnostics;
using Smi.Docs.Input;

namespace Smi.Docs.Policy;

/// <summary>
/// Reads a municipality profile (YAML, keys as in <see cref="MunicipalityProfile"/>) and reports every
/// problem at once with its line, column and dotted key path, as SMI2xxx diagnostics (docs/diagnostics.md).
/// </summary>
public static class ProfileReader
{
    /// <exception cref="SmiDocsException">The file cannot be read or the profile has errors.</exception>
    public static MunicipalityProfile Load(string filePath)
    {
        string? yaml;
        var context = new InputContext(filePath, ProfileCodes.Input, ProfileLimits.Input);
        try
        {
            yaml = InputFile.ReadText(filePath, context);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SmiDocsException(Diagnostic.Error(ProfileCodes.FileNotReadable,
                e is FileNotFoundException or DirectoryNotFoundException ? "profile file not found" : "profile file cannot be read",
                new SourceLocation(filePath)));
        }
        context.Diagnostics.ThrowIfErrors();
        return Read(yaml!, filePath);
    }

    /// <param name="filePath">Names the profile (its <see cref="MunicipalityProfile.Id"/>) and anchors the logo path.</param>
    /// <exception cref="SmiDocsException">The profile has errors; carries every one.</exception>
    public static MunicipalityProfile Read(string yaml, string filePath)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var context = new InputContext(filePath, ProfileCodes.Input, ProfileLimits.Input);
        if (yaml.Length > ProfileLimits.MaxFileBytes)
        {
            throw new SmiDocsException(Diagnostic.Error(ProfileCodes.FileTooLarge,
                $"the profile is larger than {ProfileLimits.MaxFileBytes / 1024} KiB; expected a smaller file", new SourceLocation(filePath)));
        }
        if (YamlDocument.Parse(yaml, context, "the profile") is not { } root)
        {
            throw new SmiDocsException(context.Diagnostics.Items);
        }
        var id = Path.GetFileNameWithoutExtension(filePath);
        var profile = InputObject.Read(YamlInputNode.Root(root), context, o => new MunicipalityProfile(
            id,
            o.Object("gemeente", ReadGemeente),
            o.Object("ondertekening", s => new Ondertekening(s.Text("namens"), s.Text("naam"), s.Text("functie"))),
            o.Object("regeling", ReadRegeling),
            o.Object("bezwaar", b => new Bezwaar(b.Texts("postadres"), b.OptionalText("digitaal"))),
            o.Object("beleid", ReadBeleid))
        {
            // Days up to ten years: the Archiefwet's selection lists keep case files longer, but in the case system, not here.
            Formulier = o.OptionalObject("formulier", f => new OnlineFormulier(
                f.OptionalInteger("conceptBewaardagen", 3650), f.OptionalInteger("afgenomenBewaardagen", 3650), f.OptionalBoolean("virusscan") ?? false))
                ?? OnlineFormulier.Standaard,
        });
        context.Diagnostics.ThrowIfErrors();
        return profile;
    }

    private static Regeling ReadRegeling(InputObject o) => new(
        o.Text("titel"),
        o.Text("artikelToekenning"),
        HardheidsclausuleReader.Read(o),
        o.OptionalObject("artikelen", a => new Artikelen(
            a.OptionalText("doelgroep"),
            a.OptionalText("leeftijd"),
            a.OptionalText("woonplaats"),
            a.OptionalText("voorliggendeVoorziening"),
            a.OptionalText("netwerk"),
            a.OptionalText("aanvraag"),
            a.OptionalText("kinderopvang"),
            a.OptionalText("inkomen"))) ?? Artikelen.Geen)
    {
        VastgelegdIn = BeleidKeuzesReader.VastgelegdIn(o),
        ArtikelVerlenging = o.OptionalText("artikelVerlenging"),
    };

    private static Gemeente ReadGemeente(InputObject o) => new(
        o.Text("naam"),
        o.OptionalFilePath("logo", ProfileCodes.LogoNotFound),
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
        (o.OptionalObject("eigenBijdrage", EigenBijdrageReader.Read) ?? EigenBijdrageBeleid.Basislijn) with
        {
            VoorlopigeTabellen = o.OptionalBoolean("voorlopigeTabellen") ?? false,
        }), o);
}
