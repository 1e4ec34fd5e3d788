using System.Xml.Linq;
using Smi.Docs.Diagnostics;
using Smi.Docs.Localization;

namespace Smi.Docs.Tests.Localization;

/// <summary>
/// The studio's XLIFF: one template exported from a draft text (not the file) and an uploaded XLIFF applied to that
/// text. Nothing is written to locales/, and a bad file is refused with where it is wrong.
/// </summary>
public sealed class XliffDraftTests
{
    private static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:2.0";

    private readonly LocaleFixture _fixture = LocaleFixture.Create();

    private LocaleSource Brief => LocaleSources.Discover(_fixture.Root).Single(s => s.SourcePath == "templates/brief/brief.sbn-md");

    private string Draft(string language) => _fixture.Read($"locales/{language}/brief/brief.sbn-md");

    private XDocument Export(string language, string? draft) =>
        XDocument.Parse(new XliffExporter(_fixture.Root).Export(language, Brief, draft).Xliff, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);

    private string Import(XDocument xliff, string language, string? draft) =>
        new XliffImporter(_fixture.Root).Import(xliff.Declaration + xliff.ToString(SaveOptions.DisableFormatting), "brief.en.xlf", Brief, language, draft);

    private static XElement Target(XDocument xliff, string unit) =>
        xliff.Descendants(X + "unit").Single(u => (string?)u.Attribute("name") == unit).Descendants(X + "target").Single();

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public void Export_of_a_draft_then_import_gives_the_same_text_and_writes_nothing(string language)
    {
        var draft = Draft(language);
        var before = _fixture.Snapshot();

        var xliff = new XliffExporter(_fixture.Root).Export(language, Brief, draft).Xliff;
        var after = new XliffImporter(_fixture.Root).Import(xliff, "brief.xlf", Brief, language, draft);

        Assert.Equal(draft, after);
        Assert.Equal(before, _fixture.Snapshot());
    }

    [Fact]
    public void The_export_holds_only_this_template_with_the_drafts_text_not_the_files()
    {
        var draft = Draft("en").Replace("We pay the childcare organisation.", "We pay your childcare provider.", StringComparison.Ordinal);

        var xliff = Export("en", draft);

        Assert.Equal("templates/brief/brief.sbn-md", (string?)Assert.Single(xliff.Descendants(X + "file")).Attribute("original"));
        Assert.Contains("We pay your childcare provider.", Target(xliff, "p3").Value);
    }

    [Fact]
    public void An_edited_target_replaces_its_paragraph_in_the_draft_only()
    {
        var draft = Draft("en");
        var xliff = Export("en", draft);
        Target(xliff, "p3").Nodes().OfType<XText>().Last(t => t.Value.Contains("We pay the childcare organisation.")).Value =
            "\nWe pay your childcare provider.\n";

        var after = Import(xliff, "en", draft);

        Assert.Equal(draft.Replace("We pay the childcare organisation.", "We pay your childcare provider.", StringComparison.Ordinal), after);
        Assert.Equal(draft, Draft("en"));
    }

    [Fact]
    public void A_human_translation_stays_vertaald_and_all_reviewed_segments_make_it_gecontroleerd()
    {
        var draft = Draft("en").Replace("status: machinevertaling", "status: vertaald", StringComparison.Ordinal);
        var xliff = Export("en", draft);
        Assert.All(xliff.Descendants(X + "segment"), s => Assert.Equal("translated", (string?)s.Attribute("state")));

        Assert.Contains("\nstatus: vertaald\n", Import(xliff, "en", draft));

        foreach (var segment in xliff.Descendants(X + "segment"))
        {
            segment.SetAttributeValue("state", "reviewed");
        }
        Assert.Contains("\nstatus: gecontroleerd\n", Import(xliff, "en", draft));
    }

    [Fact]
    public void Another_xliff_version_is_refused_at_its_root_element()
    {
        var xliff = Export("en", Draft("en"));
        xliff.Root!.SetAttributeValue("version", "1.2");

        var e = Assert.Throws<SmiDocsException>(() => Import(xliff, "en", Draft("en")));

        var error = Assert.Single(e.Diagnostics);
        Assert.Equal(LocalizationCodes.XliffMalformed.Id, error.Code);
        Assert.Equal(("brief.en.xlf", 2), (error.Location.File, error.Location.Line));
    }

    [Fact]
    public void Another_language_or_another_file_is_refused()
    {
        var english = Export("en", Draft("en"));
        var wrongLanguage = Assert.Throws<SmiDocsException>(() => Import(english, "ar", Draft("ar")));
        Assert.Contains("trgLang is 'en'; this translation is 'ar'", Assert.Single(wrongLanguage.Diagnostics).Message);

        english.Descendants(X + "file").Single().SetAttributeValue("original", "templates/partials/contact.sbn-md");
        var wrongFile = Assert.Throws<SmiDocsException>(() => Import(english, "en", Draft("en")));
        Assert.Equal(LocalizationCodes.XliffUnknown.Id, Assert.Single(wrongFile.Diagnostics).Code);
    }

    [Fact]
    public void A_unit_the_translation_does_not_have_is_refused_with_its_name_and_line()
    {
        var xliff = Export("en", Draft("en"));
        var unit = xliff.Descendants(X + "unit").Single(u => (string?)u.Attribute("name") == "p3");
        unit.SetAttributeValue("id", "p99");
        unit.SetAttributeValue("name", "p99");
        var line = ((System.Xml.IXmlLineInfo)unit).LineNumber;

        var e = Assert.Throws<SmiDocsException>(() => Import(xliff, "en", Draft("en")));

        var error = Assert.Single(e.Diagnostics);
        Assert.Equal(LocalizationCodes.XliffUnknown.Id, error.Code);
        Assert.Contains("unit 'p99'", error.Message);
        Assert.Equal(line, error.Location.Line);
    }

    [Fact]
    public void A_target_without_one_of_its_placeholders_is_refused_with_the_unit()
    {
        var xliff = Export("en", Draft("en"));
        Target(xliff, "p2").Elements(X + "ph").First().Remove();

        var e = Assert.Throws<SmiDocsException>(() => Import(xliff, "en", Draft("en")));

        var error = Assert.Single(e.Diagnostics);
        Assert.Equal(LocalizationCodes.XliffPlaceholder.Id, error.Code);
        Assert.Contains("unit 'p2': placeholder 1 ({{ datum brief.aanvraagdatum }}) is missing", error.Message);
    }

    [Fact]
    public void A_dtd_with_an_external_entity_is_refused_at_its_line_and_never_read()
    {
        var secret = Path.Combine(_fixture.Root, "geheim.txt");
        File.WriteAllText(secret, "geheim");
        var xliff = Export("en", Draft("en"));
        var text = xliff.Declaration + "\n<!DOCTYPE xliff [ <!ENTITY geheim SYSTEM \"file://" + secret + "\"> ]>\n" + xliff.Root!.ToString(SaveOptions.DisableFormatting)
            .Replace("We pay the childcare organisation.", "&geheim;", StringComparison.Ordinal);

        var e = Assert.Throws<SmiDocsException>(() => new XliffImporter(_fixture.Root).Import(text, "brief.en.xlf", Brief, "en", Draft("en")));

        var error = Assert.Single(e.Diagnostics);
        Assert.Equal(LocalizationCodes.XliffDtd.Id, error.Code);
        Assert.Equal(2, error.Location.Line);
        Assert.DoesNotContain("geheim", error.Message);
    }
}
