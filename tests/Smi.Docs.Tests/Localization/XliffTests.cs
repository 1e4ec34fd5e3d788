using System.Xml.Linq;
using Smi.Docs.Diagnostics;
using Smi.Docs.Localization;

namespace Smi.Docs.Tests.Localization;

public sealed class XliffTests
{
    private static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:2.0";

    private readonly LocaleFixture _fixture = LocaleFixture.Create();

    private XDocument Export(string language) =>
        XDocument.Parse(new XliffExporter(_fixture.Root).Export(language).Xliff, LoadOptions.PreserveWhitespace);

    private string Save(XDocument xliff)
    {
        var path = Path.Combine(_fixture.Root, "exchange.xlf");
        File.WriteAllText(path, xliff.Declaration + xliff.ToString(SaveOptions.DisableFormatting));
        return path;
    }

    private static XElement Unit(XDocument xliff, string original, string name) =>
        xliff.Descendants(X + "file").Single(f => (string?)f.Attribute("original") == original)
            .Descendants(X + "unit").Single(u => (string?)u.Attribute("name") == name);

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public void Export_then_import_changes_no_byte(string language)
    {
        var before = _fixture.Snapshot();
        var path = Path.Combine(_fixture.Root, "exchange.xlf");
        File.WriteAllText(path, new XliffExporter(_fixture.Root).Export(language).Xliff);

        var written = new XliffImporter(_fixture.Root).Import(path);

        Assert.Empty(written);
        Assert.Equal(before, _fixture.Snapshot());
    }

    [Fact]
    public void Tags_become_placeholders_with_their_original_data_and_the_status_a_segment_state()
    {
        var xliff = Export("ar");

        Assert.Equal("2.0", (string?)xliff.Root!.Attribute("version"));
        Assert.Equal("ar", (string?)xliff.Root.Attribute("trgLang"));
        var unit = Unit(xliff, "templates/brief/brief.sbn-md", "p2");
        var data = unit.Descendants(X + "data").ToDictionary(d => (string)d.Attribute("id")!, d => d.Value);
        Assert.Equal("{{ datum brief.aanvraagdatum }}", data["d1"]);
        Assert.Equal("{{ meervoud aantalKinderen \"uw kind\" \"uw kinderen\" }}", data["d2"]);
        Assert.StartsWith("{{ meervoud aantalKinderen \"لا أطفال\"", data["d2t"]);
        var segment = unit.Element(X + "segment")!;
        Assert.Equal("reviewed", (string?)segment.Attribute("state"));
        Assert.Equal(["d1", "d2t"], segment.Element(X + "target")!.Elements(X + "ph").Select(p => (string)p.Attribute("dataRef")!));
        // Missing translations travel with their Dutch text only.
        var missing = Unit(xliff, "templates/partials/contact.sbn-md", "p2").Element(X + "segment")!;
        Assert.Equal("initial", (string?)missing.Attribute("state"));
        Assert.Null(missing.Element(X + "target"));
        var yamlUnit = Unit(xliff, "data/afwijzingsgronden.yaml", "afwijzingsgronden/geen-indicatie/regel");
        Assert.Equal("translated", (string?)yamlUnit.Element(X + "segment")!.Attribute("state"));
        Assert.Equal("مسودة آلية", xliff.Descendants(X + "file").Single(f => (string?)f.Attribute("original") == "data/afwijzingsgronden.yaml").Element(X + "notes")!.Value);
    }

    [Fact]
    public void Every_tag_is_one_protected_code_control_flow_and_include_too()
    {
        var xliff = Export("en");

        var block = Unit(xliff, "templates/brief/brief.sbn-md", "p3").Descendants(X + "data").Select(d => d.Value);
        Assert.Equal(["{{~ if betaling.aanOuder ~}}", "{{ betaling.iban }}", "{{~ else ~}}", "{{~ end ~}}"], block);
        var container = Unit(xliff, "templates/brief/brief.sbn-md", "p4").Descendants(X + "data").Select(d => d.Value);
        Assert.Equal(["{{~ include 'contact' ~}}"], container);
    }

    [Fact]
    public void Braces_typed_into_a_target_that_break_the_template_are_rejected()
    {
        var xliff = Export("en");
        var paragraph = Unit(xliff, "templates/brief/brief.sbn-md", "p3").Descendants(X + "target").Single();
        paragraph.Nodes().OfType<XText>().Last(t => t.Value.Contains("We pay the childcare organisation.")).Value =
            "\nWe pay {{ the childcare.\n";
        var before = _fixture.Snapshot();

        var e = Assert.Throws<SmiDocsException>(() => new XliffImporter(_fixture.Root).Import(Save(xliff)));

        Assert.Equal(before, _fixture.Snapshot());
        Assert.All(e.Diagnostics, d => Assert.StartsWith("after import: ", d.Message));
    }

    [Fact]
    public void An_edited_target_lands_in_its_paragraph_and_value_and_nowhere_else()
    {
        var xliff = Export("en");
        var paragraph = Unit(xliff, "templates/brief/brief.sbn-md", "p3").Descendants(X + "target").Single();
        paragraph.Nodes().OfType<XText>().Last(t => t.Value.Contains("We pay the childcare organisation.")).Value =
            "\nWe pay the childcare provider directly.\n";
        var value = Unit(xliff, "data/afwijzingsgronden.yaml", "afwijzingsgronden/geen-indicatie/feiten").Descendants(X + "target").Single();
        value.Value = "We did not receive advice from an expert.";
        var label = Unit(xliff, "templates/aanvraagformulier/aanvraagformulier.form.yaml", "secties/aanvrager/velden/aanvrager-naam/label").Descendants(X + "target").Single();
        label.Value = "Full name: as in your passport";
        var before = _fixture.Snapshot();

        var written = new XliffImporter(_fixture.Root).Import(Save(xliff));

        Assert.Equal(["locales/en/brief/brief.sbn-md", "locales/en/aanvraagformulier/aanvraagformulier.form.yaml", "locales/en/catalogi/afwijzingsgronden.yaml"], written);
        Assert.Equal(LocaleFixture.English["brief/brief.sbn-md"].Replace("HASH", _fixture.HashOf("templates/brief/brief.sbn-md"), StringComparison.Ordinal)
            .Replace("We pay the childcare organisation.", "We pay the childcare provider directly.", StringComparison.Ordinal), _fixture.Read("locales/en/brief/brief.sbn-md"));
        Assert.Equal(Text(before, "locales/en/catalogi/afwijzingsgronden.yaml").Replace("feiten: >-\n      We did not receive any advice.", "feiten: >-\n      We did not receive advice from an expert.", StringComparison.Ordinal),
            _fixture.Read("locales/en/catalogi/afwijzingsgronden.yaml"));
        Assert.Equal(Text(before, "locales/en/aanvraagformulier/aanvraagformulier.form.yaml").Replace("label: Name,", "label: \"Full name: as in your passport\",", StringComparison.Ordinal),
            _fixture.Read("locales/en/aanvraagformulier/aanvraagformulier.form.yaml"));
        Assert.All(new LocaleChecker(_fixture.Root).Check("en"), r => Assert.Equal(FileState.Complete, r.State));
    }

    [Fact]
    public void A_file_whose_segments_are_all_reviewed_becomes_gecontroleerd()
    {
        var xliff = Export("en");
        foreach (var segment in xliff.Descendants(X + "file").Single(f => (string?)f.Attribute("original") == "templates/brief/brief.sbn-md").Descendants(X + "segment"))
        {
            segment.SetAttributeValue("state", "final");
        }

        new XliffImporter(_fixture.Root).Import(Save(xliff));

        Assert.Contains("\nstatus: gecontroleerd\n", _fixture.Read("locales/en/brief/brief.sbn-md"));
    }

    [Fact]
    public void A_missing_translation_starts_as_the_Dutch_with_metadata_and_the_targets()
    {
        var xliff = Export("ar");
        var unit = Unit(xliff, "templates/partials/contact.sbn-md", "p1");
        var segment = unit.Element(X + "segment")!;
        segment.SetAttributeValue("state", "translated");
        segment.Add(new XElement(X + "target", "## أسئلة؟"));

        var written = new XliffImporter(_fixture.Root).Import(Save(xliff));

        Assert.Equal(["locales/ar/partials/contact.sbn-md"], written);
        var hash = _fixture.HashOf("templates/partials/contact.sbn-md");
        Assert.Equal($"---\nbron: templates/partials/contact.sbn-md\nbronHash: {hash}\nstatus: machinevertaling\nnotities:\n---\n"
            + LocaleFixture.Contact.Replace("## Vragen?", "## أسئلة؟", StringComparison.Ordinal), _fixture.Read("locales/ar/partials/contact.sbn-md"));
    }

    [Fact]
    public void A_broken_placeholder_is_rejected_and_nothing_is_written()
    {
        var xliff = Export("en");
        var edited = Unit(xliff, "templates/partials/contact.sbn-md", "p1").Descendants(X + "target").Single();
        edited.Value = "Questions";
        var target = Unit(xliff, "templates/brief/brief.sbn-md", "p2").Descendants(X + "target").Single();
        target.Elements(X + "ph").Last().Remove();
        var unknown = Unit(xliff, "templates/teksten.yaml", "kader/pagina").Descendants(X + "target").Single();
        unknown.Elements(X + "ph").First().SetAttributeValue("dataRef", "d9");
        var before = _fixture.Snapshot();

        var e = Assert.Throws<SmiDocsException>(() => new XliffImporter(_fixture.Root).Import(Save(xliff)));

        Assert.Equal(before, _fixture.Snapshot());
        Assert.Collection(e.Diagnostics,
            d => Assert.Contains("templates/brief/brief.sbn-md unit 'p2': placeholder 2 ({{ meervoud aantalKinderen \"uw kind\" \"uw kinderen\" }}) is missing", d.Message),
            d => Assert.Contains("templates/teksten.yaml unit 'kader/pagina': dataRef 'd9' is not in the <originalData>", d.Message));
        Assert.All(e.Diagnostics, d => Assert.Equal(LocalizationCodes.XliffPlaceholder.Id, d.Code));
    }

    [Fact]
    public void A_placeholder_swapped_for_another_is_rejected()
    {
        var xliff = Export("en");
        var target = Unit(xliff, "templates/partials/contact.sbn-md", "p2").Descendants(X + "target").Single();
        foreach (var ph in target.Elements(X + "ph"))
        {
            ph.SetAttributeValue("dataRef", "d1");
        }

        var e = Assert.Throws<SmiDocsException>(() => new XliffImporter(_fixture.Root).Import(Save(xliff)));

        Assert.Contains("placeholder 2 must be {{ brief.behandelaar.telefoon }}, not {{ brief.behandelaar.naam }}", Assert.Single(e.Diagnostics).Message);
    }

    [Fact]
    public void Export_warns_when_a_translation_lost_a_paragraph_and_leaves_the_unpaired_unit_untranslated()
    {
        _fixture.Edit("locales/en/partials/contact.sbn-md", "## Questions?\n\n", "## Questions?\n");

        var (text, warnings) = new XliffExporter(_fixture.Root).Export("en");

        Assert.Contains(warnings, w => w.Code == LocalizationCodes.XliffUnknown.Id && w.Location == new SourceLocation("locales/en/partials/contact.sbn-md"));
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        var unit = Unit(XDocument.Parse(text), "templates/partials/contact.sbn-md", "p2");
        Assert.Null(unit.Descendants(X + "target").SingleOrDefault());
    }

    private static string Text(Dictionary<string, byte[]> snapshot, string path) => System.Text.Encoding.UTF8.GetString(snapshot[path]);
}
