using Smi.Docs.Diagnostics;
using Smi.Docs.Localization;
using Smi.Docs.Templating;

namespace Smi.Docs.Tests.Localization;

public sealed class LocaleCheckerTests
{
    private const string EnglishBrief = "locales/en/brief/brief.sbn-md";
    private const string EnglishForm = "locales/en/aanvraagformulier/aanvraagformulier.form.yaml";

    private readonly LocaleFixture _fixture = LocaleFixture.Create();

    private FileReport Check(string language, string pathInLanguage) =>
        new LocaleChecker(_fixture.Root).Check(language).Single(r => r.Source.PathInLanguage == pathInLanguage);

    private static Diagnostic SingleError(FileReport report) =>
        Assert.Single(report.Problems, p => p.Severity == Severity.Error);

    [Fact]
    public void The_fixture_translations_are_complete()
    {
        var reports = new LocaleChecker(_fixture.Root).Check("en");

        Assert.Equal(6, reports.Count);
        Assert.All(reports, r => Assert.Equal(FileState.Complete, r.State));
        Assert.Equal(TranslationStatus.Gecontroleerd, reports.Single(r => r.Source.PathInLanguage == "partials/contact.sbn-md").Status);
        Assert.Equal(FileState.Complete, Check("ar", "brief/brief.sbn-md").State);
    }

    [Fact]
    public void Sources_are_found_by_listing_the_templates_and_the_hash_is_the_sha256_prefix()
    {
        _fixture.Write("templates/nieuw/nieuw.sbn-md", "Nieuw.\n");

        var sources = LocaleSources.Discover(_fixture.Root);

        Assert.Contains(sources, s => s.SourcePath == "templates/nieuw/nieuw.sbn-md" && s.TranslationPath("pl") == "locales/pl/nieuw/nieuw.sbn-md");
        Assert.Contains(sources, s => s.SourcePath == "data/afwijzingsgronden.yaml" && s.TranslationPath("pl") == "locales/pl/catalogi/afwijzingsgronden.yaml");
        Assert.Equal(["ar", "en"], LocaleSources.Languages(_fixture.Root));
        // sha256sum of "Nieuw.\n", first 16 hex digits.
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("Nieuw.\n"u8.ToArray()))[..16], _fixture.HashOf("templates/nieuw/nieuw.sbn-md"));
    }

    [Fact]
    public void A_missing_translation_is_missing()
    {
        var report = Check("ar", "partials/contact.sbn-md");

        Assert.Equal(FileState.Missing, report.State);
        Assert.Equal(LocalizationCodes.Missing.Id, SingleError(report).Code);
    }

    [Fact]
    public void A_changed_Dutch_source_makes_the_translation_stale_and_shows_the_changed_line()
    {
        _fixture.Edit("templates/brief/brief.sbn-md", "Wij betalen aan de kinderopvang.", "Wij betalen rechtstreeks aan de kinderopvang.");

        var report = Check("en", "brief/brief.sbn-md");

        Assert.Equal(FileState.Stale, report.State);
        Assert.True(report.IsStale);
        Assert.DoesNotContain(report.Problems, p => p.Severity == Severity.Error);
        var changed = report.DutchChange!.Where(l => l.Kind != DiffKind.Same).ToList();
        Assert.Equal([(DiffKind.Removed, "Wij betalen aan de kinderopvang."), (DiffKind.Added, "Wij betalen rechtstreeks aan de kinderopvang.")],
            changed.Select(l => (l.Kind, l.Text)));
        Assert.Equal(12, changed[1].Index + 1);
    }

    [Fact]
    public void A_stale_translation_whose_old_Dutch_is_not_in_the_store_is_still_stale()
    {
        foreach (var entry in _fixture.StoreEntries())
        {
            File.Delete(_fixture.FullPath("locales/bron/" + entry));
        }
        _fixture.Edit("data/afwijzingsgronden.yaml", "Die geeft een deskundige.", "Die geeft een arts.");

        var report = Check("en", "catalogi/afwijzingsgronden.yaml");

        Assert.Equal(FileState.Stale, report.State);
        Assert.Null(report.DutchChange);
        Assert.Contains("cannot show the change", LocaleStatusText.Describe(report));
    }

    [Fact]
    public void An_unknown_status_is_an_error_at_its_line_and_column()
    {
        _fixture.Edit(EnglishBrief, "status: machinevertaling", "status: klaar");

        var error = SingleError(Check("en", "brief/brief.sbn-md"));

        Assert.Equal(LocalizationCodes.InvalidStatus.Id, error.Code);
        Assert.Equal(SourceLocation.InFile(EnglishBrief, 6, 9), error.Location);
    }

    [Fact]
    public void A_removed_if_block_is_a_mismatch_that_names_the_Dutch_lines()
    {
        _fixture.Edit(EnglishBrief, "{{~ if betaling.aanOuder ~}}\n", "");
        _fixture.Edit(EnglishBrief, "{{~ else ~}}\n", "");
        _fixture.Edit(EnglishBrief, "{{~ end ~}}\n", "");

        var report = Check("en", "brief/brief.sbn-md");

        Assert.Equal(FileState.Mismatch, report.State);
        var errors = report.Problems.Where(p => p.Severity == Severity.Error).ToList();
        Assert.All(errors, e => Assert.Equal(LocalizationCodes.StructureLine.Id, e.Code));
        Assert.All(errors, e => Assert.Equal(SourceLocation.InFile(EnglishBrief, 16, 1), e.Location));
        Assert.Collection(errors,
            e => Assert.Contains("the Dutch has '{{ if betaling.aanOuder }}' here (Dutch line 9)", e.Message),
            e => Assert.Contains("the Dutch has '{{ else }}' here (Dutch line 11)", e.Message),
            e => Assert.Contains("the Dutch has '{{ end }}' here (Dutch line 13)", e.Message));
    }

    [Fact]
    public void A_missing_if_is_reported_once_where_Scriban_stops_reading()
    {
        _fixture.Edit(EnglishBrief, "{{~ if betaling.aanOuder ~}}\n", "");

        var error = SingleError(Check("en", "brief/brief.sbn-md"));

        // The else without its if: the tags after it cannot be compared, so they are not reported as lost.
        Assert.Equal(TemplateDiagnosticCodes.SyntaxError.Id, error.Code);
        Assert.Equal(14, error.Location!.Line);
    }

    [Theory]
    [InlineData("{{~ if betaling.aanOuder ~}}", "{{~ if betaling.aanOpvang ~}}", 13, "{{ if betaling.aanOuder }}", 9, "{{ if betaling.aanOpvang }}")]
    [InlineData("{{~ include 'contact' ~}}", "{{~ include 'ondertekening' ~}}", 20, "{{ include 'contact' }}", 16, "{{ include 'ondertekening' }}")]
    public void A_different_condition_or_include_is_a_mismatch_at_its_tag(string tag, string changed, int line, string dutch, int dutchLine, string translated)
    {
        _fixture.Edit(EnglishBrief, tag, changed);

        var errors = Check("en", "brief/brief.sbn-md").Problems.Where(p => p.Severity == Severity.Error).ToList();

        Assert.All(errors, e => Assert.Equal(LocalizationCodes.StructureLine.Id, e.Code));
        Assert.All(errors, e => Assert.Equal(SourceLocation.InFile(EnglishBrief, line, 1), e.Location));
        Assert.Collection(errors,
            e => Assert.Contains($"the Dutch has '{dutch}' here (Dutch line {dutchLine})", e.Message),
            e => Assert.Contains($"'{translated}' is not in the Dutch at this place", e.Message));
    }

    [Fact]
    public void A_moved_container_line_is_a_mismatch()
    {
        _fixture.Edit(EnglishBrief, "::: ondertekening\n{{~ include 'contact' ~}}", "{{~ include 'contact' ~}}\n::: ondertekening");

        var errors = Check("en", "brief/brief.sbn-md").Problems.Where(p => p.Severity == Severity.Error).ToList();

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(LocalizationCodes.StructureLine.Id, e.Code));
    }

    [Fact]
    public void An_unclosed_front_matter_is_reported_once_with_the_template_code()
    {
        _fixture.Write(EnglishBrief, "---\ntitel: Decision\nstatus: machinevertaling\n");

        AssertSingleFrontMatterError(TemplateDiagnosticCodes.FrontMatterNotClosed.Id, 1);
    }

    [Fact]
    public void A_malformed_front_matter_line_is_reported_once_with_the_template_code()
    {
        _fixture.Edit(EnglishBrief, "status: machinevertaling\n", "status machinevertaling\n");

        AssertSingleFrontMatterError(TemplateDiagnosticCodes.FrontMatterMalformedLine.Id, 6);
    }

    private void AssertSingleFrontMatterError(string code, int line)
    {
        var report = Check("en", "brief/brief.sbn-md");

        Assert.Equal(FileState.Mismatch, report.State);
        var error = Assert.Single(report.Problems);
        Assert.Equal(code, error.Code);
        Assert.Equal(SourceLocation.InFile(EnglishBrief, line, 1), error.Location);
    }

    [Fact]
    public void An_extra_placeholder_is_a_mismatch_at_the_placeholder()
    {
        _fixture.Edit(EnglishBrief, "We pay the childcare organisation.", "We pay {{ opvang.organisatie }}.");

        var error = SingleError(Check("en", "brief/brief.sbn-md"));

        Assert.Equal(LocalizationCodes.ExpressionCount.Id, error.Code);
        Assert.Contains("'{{ opvang.organisatie }}' appears 1 times, the Dutch paragraph 3 has it 0 times", error.Message);
        Assert.Equal(SourceLocation.InFile(EnglishBrief, 16, 8), error.Location);
    }

    [Fact]
    public void Meervoud_needs_one_word_form_per_plural_category_of_the_language()
    {
        // Arabic has six CLDR categories; two forms copied from the English are not enough.
        _fixture.Edit("locales/ar/brief/brief.sbn-md", "\"لا أطفال\" \"طفلك\" \"طفليك\" \"أطفالك\" \"أطفالك\" \"أطفالك\"", "\"طفلك\" \"أطفالك\"");

        var error = SingleError(Check("ar", "brief/brief.sbn-md"));

        Assert.Equal(LocalizationCodes.PluralFormCount.Id, error.Code);
        Assert.Contains("meervoud has 2 word forms; 'ar' needs 6", error.Message);
    }

    [Fact]
    public void The_same_word_forms_count_as_the_same_placeholder()
    {
        _fixture.Edit(EnglishBrief, "\"your child\" \"your children\"", "\"child\" \"children\"");

        Assert.Equal(FileState.Complete, Check("en", "brief/brief.sbn-md").State);
    }

    [Fact]
    public void A_lost_paragraph_is_a_mismatch()
    {
        _fixture.Edit("locales/en/partials/contact.sbn-md", "## Questions?\n\n", "## Questions?\n");

        var errors = Check("en", "partials/contact.sbn-md").Problems.Where(p => p.Severity == Severity.Error).ToList();

        var error = Assert.Single(errors, e => e.Code == LocalizationCodes.ParagraphCount.Id);
        Assert.Contains("the Dutch has 2 paragraphs, the translation 1", error.Message);
    }

    [Fact]
    public void A_missing_titel_is_a_mismatch()
    {
        _fixture.Edit(EnglishBrief, "titel: Decision on your application\n", "");

        Assert.Equal(LocalizationCodes.FrontMatterMissing.Id, SingleError(Check("en", "brief/brief.sbn-md")).Code);
    }

    [Fact]
    public void A_changed_YAML_id_is_a_mismatch_at_the_value()
    {
        _fixture.Edit(EnglishForm, "id: aanvrager-bsn", "id: applicant-bsn");

        var error = SingleError(Check("en", "aanvraagformulier/aanvraagformulier.form.yaml"));

        Assert.Equal(LocalizationCodes.YamlTree.Id, error.Code);
        Assert.Contains("must stay 'aanvrager-bsn'", error.Message);
        Assert.Equal(SourceLocation.InFile(EnglishForm, 15, 13), error.Location);
    }

    [Fact]
    public void A_dropped_placeholder_in_a_YAML_text_is_a_mismatch()
    {
        _fixture.Edit("locales/en/teksten.yaml", "\"Page {pagina} of {paginas}\"", "\"Page {pagina}\"");

        var error = SingleError(Check("en", "teksten.yaml"));

        Assert.Equal(LocalizationCodes.YamlPlaceholders.Id, error.Code);
        Assert.Contains("kader/pagina: the text must keep the Dutch placeholders (missing {paginas})", error.Message);
    }

    [Fact]
    public void A_list_with_an_item_less_is_a_mismatch()
    {
        _fixture.Edit(EnglishForm, "          - { waarde: nee, label: \"No\" }\n", "");

        var error = SingleError(Check("en", "aanvraagformulier/aanvraagformulier.form.yaml"));

        Assert.Contains("the Dutch list has 2 items, the translation 1", error.Message);
    }
}
