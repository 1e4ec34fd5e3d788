using System.Text;
using System.Text.Json;
using Smi.Docs.Catalogues;
using Smi.Docs.Diagnostics;
using Smi.Docs.Input;

namespace Smi.Docs.Cases;

/// <summary>
/// Reads case JSON (the contract in <c>schemas/smi-case.schema.json</c>) into a validated
/// <see cref="SmiCase"/>. Reports every problem at once, each with its JSON path, as SMI1xxx
/// diagnostics (docs/diagnostics.md), and never repeats a value from the case in a message.
/// </summary>
public static class CaseReader
{
    private static readonly JsonDocumentOptions Strict = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    private static readonly (string, Aanhef)[] Aanheffen =
        [("mevrouw", Aanhef.Mevrouw), ("heer", Aanhef.Heer), ("neutraal", Aanhef.Neutraal)];

    private static readonly (string, Opvangsoort)[] Opvangsoorten =
        [("dagopvang", Opvangsoort.Dagopvang), ("bso", Opvangsoort.Bso), ("gastouderopvang", Opvangsoort.Gastouderopvang)];

    private static readonly (string, Betrokkene)[] Betrokkenen =
        [("aanvrager", Betrokkene.Aanvrager), ("partner", Betrokkene.Partner), ("kind", Betrokkene.Kind)];

    private static readonly (string, Betaalontvanger)[] Ontvangers =
        [("ouder", Betaalontvanger.Ouder), ("opvang", Betaalontvanger.Opvang)];

    /// <summary>Reads a case file within its budget (<see cref="CaseLimits.MaxFileBytes"/>, strict UTF-8).</summary>
    /// <param name="fileName">How messages name the file.</param>
    /// <exception cref="SmiDocsException">The file is too large, not UTF-8, or the case has errors.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SmiCase Load(string filePath, string fileName)
    {
        var context = new InputContext(fileName, CaseCodes.Input, CaseLimits.Input);
        var json = InputFile.ReadText(filePath, context);
        context.Diagnostics.ThrowIfErrors();
        return Read(json!, fileName);
    }

    /// <exception cref="SmiDocsException">The JSON is malformed or breaks the contract; carries every error.</exception>
    public static SmiCase Read(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var context = new InputContext(fileName, CaseCodes.Input, CaseLimits.Input);
        var utf8 = JsonBoundary.Check(json, context) ?? throw new SmiDocsException(context.Diagnostics.Items);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Strict);
        }
        catch (JsonException e)
        {
            // The parser's own message can quote the offending text, which may be personal data.
            var (line, column) = Position(json, e);
            context.Report(InputProblem.Malformed, context.At("", line, column), "malformed JSON; the text is not valid JSON from here on");
            throw new SmiDocsException(context.Diagnostics.Items);
        }
        using (document)
        {
            var smiCase = InputObject.Read(JsonInputNode.Root(document.RootElement), context, ReadCase) with { SourceFile = fileName };
            CaseRules.Check(smiCase, context);
            context.Diagnostics.ThrowIfErrors();
            return smiCase;
        }
    }

    private static SmiCase ReadCase(InputObject o)
    {
        var aanvraagdatum = o.Date("aanvraagdatum");
        var besluitdatum = o.Date("besluitdatum");
        return new SmiCase(
            Zaaknummer: o.Text("zaaknummer"),
            Aanvraagdatum: aanvraagdatum,
            Besluitdatum: besluitdatum,
            Verzenddatum: o.OptionalDate("verzenddatum") ?? besluitdatum,
            Aanvrager: o.Object("aanvrager", ReadPersoon),
            Partner: o.OptionalObject("partner", ReadPersoon),
            Adres: o.Object("adres", a => new Adres(a.Text("straat"), a.Text("huisnummer"), a.Text("postcode"), a.Text("plaats"))),
            Kinderen: o.Objects("kinderen", ReadKind),
            Periode: o.OptionalObject("periode", p => new Periode(p.Date("begin"), p.Date("eind"))),
            Indicatie: o.OptionalObject("indicatie", ReadIndicatie),
            Betaling: o.OptionalObject("betaling", b => new Betaling(b.Choice("aan", Ontvangers), b.OptionalText("iban"))),
            Behandelaar: o.Object("behandelaar", b => new Behandelaar(b.Text("naam"), b.Text("telefoon"), b.Text("email"))),
            Toetsingsinkomen: o.OptionalDecimal("toetsingsinkomen", maximum: CaseLimits.MaximumInkomen),
            Berekening: o.OptionalObject("berekening", ReadBerekening),
            Afwijzing: o.OptionalObject("afwijzing", ReadAfwijzing),
            Verlenging: o.OptionalObject("verlenging", ReadVerlenging))
        {
            Ontbrekend = o.OptionalObject("ontbrekend", ReadOntbrekend),
            NietInBehandeling = o.OptionalObject("nietInBehandeling", n => new NietInBehandeling(
                n.Object("herstelbrief", h => new Herstelbrief(h.Date("datum"), h.Date("termijnEinde"))))),
        };
    }

    private static Persoon ReadPersoon(InputObject o) =>
        new(o.Text("voorletters"), o.OptionalText("tussenvoegsel"), o.Text("achternaam"), o.Choice("aanhef", Aanheffen));

    private static Kind ReadKind(InputObject o) => new(
        o.Text("voornaam"),
        o.OptionalText("tussenvoegsel"),
        o.Text("achternaam"),
        o.Date("geboortedatum"),
        o.Object("opvang", ReadOpvang),
        o.OptionalObject("afwijzing", ReadAfwijzing));

    // Upper bounds are physical limits (a week has 7 days and 168 hours, a month at most 744) or a slipped decimal
    // point (CaseLimits), not policy: policy caps such as 230 hours a month belong to the profile and the calculation.
    private static Opvang ReadOpvang(InputObject o) => new(
        o.Choice("soort", Opvangsoorten),
        o.Text("organisatie"),
        o.Text("lrkNummer"),
        o.Decimal("dagenPerWeek", maximum: 7),
        o.Decimal("urenPerWeek", maximum: 168),
        o.Decimal("urenPerMaand", maximum: CaseLimits.MaximumUrenPerMaand),
        o.Decimal("uurprijs", maximum: CaseLimits.MaximumUurprijs),
        o.Text("opzegtermijn"));

    private static Indicatie ReadIndicatie(InputObject o) => new(
        o.Text("reden", CaseLimits.VrijeTekst),
        o.OptionalText("adviseur"),
        o.Objects("afbouw", a => new Afbouwstap(a.Date("vanaf"), a.Decimal("dagenPerWeek", maximum: 7)), required: false))
    {
        Betreft = o.OptionalChoice("betreft", Betrokkenen),
        Kind = o.OptionalText("kind"),
    };

    private static Berekening ReadBerekening(InputObject o) => new(
        o.Integer("jaar", maximum: CaseLimits.LaatsteDatum.Year),
        o.Decimal("toetsingsinkomen", maximum: CaseLimits.MaximumInkomen),
        o.Objects("kinderen", k => new KindBerekening(k.Objects("maanden", ReadMaand))));

    // The codes come from the catalogue, so a typo is caught here with the list of valid codes.
    private static Afwijzing ReadAfwijzing(InputObject o) => new(
        o.Objects("redenen", r => new Afwijzingsreden(
            r.Name("code", AfwijzingsgrondenCatalogus.Standaard.Codes, VerplaatsteRedenen) ?? "",
            r.OptionalText("toelichting", CaseLimits.VrijeTekst))));

    // Awb 4:5: an application still incomplete after the hersteltermijn is not refused on its merits; the college
    // decides not to process it, a decision of its own. The code it had in the catalogue points there.
    private static readonly Dictionary<string, (DiagnosticCode, string)> VerplaatsteRedenen = new(StringComparer.Ordinal)
    {
        ["aanvraag-onvolledig-na-hersteltermijn"] = (CaseCodes.RedenIsEigenBesluit,
            "an application still incomplete after the hersteltermijn is not refused: the college decides not to process it (Awb 4:5). "
            + "Use document 'niet-in-behandeling' with the blocks 'ontbrekend' and 'nietInBehandeling' instead of an afwijzing"),
    };

    // Without the flag an extension stays within the policy; the municipality sets it only when it decides to go beyond.
    private static Verlenging ReadVerlenging(InputObject o) => new(
        o.Object("eerderBesluit", b => new EerderBesluit(
            b.Date("datum"),
            b.Text("kenmerk"),
            b.Object("periode", p => new Periode(p.Date("begin"), p.Date("eind"))))),
        o.Integer("aantalEerdereVerlengingen", maximum: CaseLimits.MaximumVerlengingen),
        o.OptionalBoolean("hardheidsclausule") ?? false);

    // The codes come from the catalogue of missing items, so a typo is caught here with the list of valid codes.
    private static Ontbrekend ReadOntbrekend(InputObject o) => new(
        o.Objects("items", i => new OntbrekendItem(
            i.Name("code", OntbrekendeGegevensCatalogus.Standaard.Codes) ?? "",
            i.OptionalText("toelichting", CaseLimits.VrijeTekst))));

    private static MaandBerekening ReadMaand(InputObject o)
    {
        var (jaar, maand) = o.Month("maand");
        return new MaandBerekening(
            jaar,
            maand,
            o.Decimal("uren", maximum: CaseLimits.MaximumUrenPerMaand),
            o.Decimal("uurprijs", maximum: CaseLimits.MaximumUurprijs),
            o.Decimal("maximumUurprijs", maximum: CaseLimits.MaximumUurprijs),
            o.Decimal("percentage", maximum: 100),
            o.Decimal("gemeente", maximum: CaseLimits.MaximumMaandbedrag),
            o.Decimal("ouder", maximum: CaseLimits.MaximumMaandbedrag));
    }

    /// <summary>
    /// JsonException counts from 0 and in bytes; we report 1-based lines and columns in characters, so
    /// an editor lands on the right spot in a line with "é" or "ë".
    /// </summary>
    private static (int? Line, int? Column) Position(string json, JsonException e)
    {
        if (e.LineNumber is not { } line || e.BytePositionInLine is not { } bytes)
        {
            return (null, null);
        }
        var lines = json.Split('\n');
        if (line >= lines.Length)
        {
            return ((int)line + 1, (int)bytes + 1);
        }
        var utf8 = Encoding.UTF8.GetBytes(lines[line]);
        var characters = Encoding.UTF8.GetCharCount(utf8, 0, (int)Math.Min(bytes, utf8.Length));
        return ((int)line + 1, characters + 1);
    }
}
