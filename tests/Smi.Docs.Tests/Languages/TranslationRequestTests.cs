using AngleSharp.Html.Parser;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Templating;
using Smi.Docs.Tests.Cli;
using Smi.Docs.Tests.EndToEnd;

namespace Smi.Docs.Tests.Languages;

/// <summary>
/// Asking for a language (issue 5 point 6): a missing translation is an error naming the file, unless the caller
/// asks for --fallback nl, and then the Dutch document says why in the language asked for.
/// </summary>
public sealed class TranslationRequestTests
{
    private const string MissingTemplate = "locales/en/afwijzing/afwijzing.sbn-md";
    private static readonly string Profile = TestPaths.Profile("voorbeeldstad");
    private static readonly string Refusal = TestPaths.Case("afwijzing-voorliggende-voorziening");

    [Fact]
    public void A_missing_translation_is_an_error_naming_the_file()
    {
        var composer = DocumentComposer.Create(LocaleCopy.Create(MissingTemplate));

        var error = Assert.Throws<SmiDocsException>(() => composer.Compose(Examples.Case("afwijzing-voorliggende-voorziening"), Examples.Voorbeeldstad, "afwijzing", "en"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(LocalizationCodes.MissingTranslation.Id, diagnostic.Code);
        Assert.Equal(MissingTemplate, diagnostic.Location.File);
        Assert.Contains("--fallback nl", diagnostic.Message);
    }

    [Fact]
    public void A_missing_partial_or_catalogue_keeps_only_the_documents_that_need_it()
    {
        var composer = DocumentComposer.Create(LocaleCopy.Create("locales/tr/partials/bezwaarclausule.sbn-md", "locales/tr/catalogi/ontbrekende-gegevens.yaml"));

        Assert.Equal("locales/tr/partials/bezwaarclausule.sbn-md", composer.MissingTranslation("toekenning", "tr"));
        Assert.Equal("locales/tr/catalogi/ontbrekende-gegevens.yaml", composer.MissingTranslation("ontbrekende-gegevens", "tr"));
        Assert.Null(composer.MissingTranslation("publiekstekst", "tr"));
    }

    [Fact]
    public void With_fallback_the_dutch_document_says_why_in_the_language_asked_for()
    {
        var composer = DocumentComposer.Create(LocaleCopy.Create(MissingTemplate));

        var document = composer.Compose(Examples.Case("afwijzing-voorliggende-voorziening"), Examples.Voorbeeldstad, "afwijzing", "en", fallbackToDutch: true);
        var page = new HtmlParser().ParseDocument(new Html.HtmlLetterRenderer().Render(document));

        Assert.Equal("nl-NL", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Geachte", page.QuerySelector("p.aanhef")!.TextContent);
        var notice = page.QuerySelector("p.melding")!;
        Assert.Equal("en-GB", notice.GetAttribute("lang"));
        Assert.Equal(LanguageMatrix.Texts("en")["melding.terugval"], notice.TextContent);
    }

    [Fact]
    public async Task The_cli_exits_1_on_a_missing_translation_and_writes_nothing()
    {
        var output = CliRunner.TempDirectory();

        var (exitCode, _, stderr) = await CliRunner.RunAsync("render", Refusal, "--profile", Profile, "--doc", "afwijzing", "--lang", "en", "--format", "html", "--out", output, "--templates", LocaleCopy.Create(MissingTemplate));

        Assert.Equal(1, exitCode);
        Assert.Contains($"{MissingTemplate}(1,1)", stderr);
        Assert.Contains("error SMI10901", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task The_cli_with_fallback_writes_the_dutch_document_and_warns()
    {
        var output = CliRunner.TempDirectory();

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("render", Refusal, "--profile", Profile, "--doc", "afwijzing", "--lang", "en", "--fallback", "nl", "--format", "html", "--out", output, "--templates", LocaleCopy.Create(MissingTemplate));

        Assert.Equal(0, exitCode);
        Assert.Contains("warning SMI10902", stderr);
        Assert.Equal(Path.Combine(output, "afwijzing.en.html"), stdout.Trim());
        Assert.Contains("not yet available in English", await File.ReadAllTextAsync(stdout.Trim(), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("--lang", "fr", "SMI4001")]
    [InlineData("--fallback", "en", "SMI4008")]
    public async Task An_unknown_language_or_fallback_is_bad_input(string option, string value, string code)
    {
        var output = CliRunner.TempDirectory();
        string[] language = option == "--lang" ? [option, value] : ["--lang", "en", option, value];

        var (exitCode, _, stderr) = await CliRunner.RunAsync(["render", Refusal, "--profile", Profile, "--doc", "afwijzing", .. language, "--format", "html", "--out", output, "--templates", TestPaths.Templates]);

        Assert.Equal(2, exitCode);
        Assert.Contains(code, stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_dutch_letter_has_no_notice()
    {
        Assert.Null(Examples.Toekenning("toekenning-een-kind-dagopvang").Frame.Notice);
    }

    [Fact]
    public void Without_its_fixed_texts_a_language_cannot_even_fall_back()
    {
        var composer = DocumentComposer.Create(LocaleCopy.Create("locales/ar/teksten.yaml"));

        var error = Assert.Throws<SmiDocsException>(() => composer.Compose(Examples.Case("toekenning-een-kind-dagopvang"), Examples.Voorbeeldstad, "toekenning", "ar", fallbackToDutch: true));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(LocalizationCodes.MissingTranslation.Id, diagnostic.Code);
        Assert.Equal("locales/ar/teksten.yaml", diagnostic.Location.File);
        Assert.Contains("not even a notice", diagnostic.Message);
    }

    [Fact]
    public void A_broken_translation_is_reported_in_the_translation_with_line_and_column()
    {
        var templates = LocaleCopy.Create();
        var path = Path.Combine(Path.GetDirectoryName(templates)!, "locales", "pl", "toekenning", "toekenning.sbn-md");
        var text = File.ReadAllText(path);
        var brokenLine = text[..text.IndexOf("{{ datum periode.begin }}", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        File.WriteAllText(path, text.Replace("{{ datum periode.begin }}", "{{ datum periode.begni }}", StringComparison.Ordinal));
        var composer = DocumentComposer.Create(templates);

        var error = Assert.Throws<SmiDocsException>(() => composer.Compose(Examples.Case("toekenning-een-kind-dagopvang"), Examples.Voorbeeldstad, "toekenning", "pl"));

        var diagnostic = Assert.Single(error.Diagnostics);
        // The template checker (SMI3009) finds this before rendering; until it is on this branch the renderer does (SMI3201).
        Assert.Contains(diagnostic.Code, new[] { TemplateDiagnosticCodes.UnknownPath.Id, TemplateDiagnosticCodes.RenderFailed.Id });
        Assert.Equal("locales/pl/toekenning/toekenning.sbn-md", diagnostic.Location.File);
        Assert.Equal(brokenLine, diagnostic.Location.Line);
        // Dutch is read apart from the translations: a broken Polish file does not stop a Dutch letter.
        Assert.NotNull(composer.Compose(Examples.Case("toekenning-een-kind-dagopvang"), Examples.Voorbeeldstad, "toekenning", "nl"));
    }

    [Fact]
    public async Task Broken_fixed_texts_of_a_translation_fail_the_cli_with_exit_1_and_the_file_named()
    {
        var templates = LocaleCopy.Create();
        var path = Path.Combine(Path.GetDirectoryName(templates)!, "locales", "uk", "teksten.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("kader:", "kader: [", StringComparison.Ordinal));
        var output = CliRunner.TempDirectory();

        var (exitCode, _, stderr) = await CliRunner.RunAsync("render", TestPaths.Case("toekenning-een-kind-dagopvang"), "--profile", Profile, "--doc", "toekenning", "--lang", "uk", "--format", "html", "--out", output, "--templates", templates);

        Assert.Equal(1, exitCode);
        Assert.Contains("locales/uk/teksten.yaml(", stderr);
        Assert.Contains(FixedTextsCode, stderr);
        Assert.False(Directory.Exists(output));
    }

    private static readonly string FixedTextsCode = TemplateDiagnosticCodes.FixedTextsUnreadable.Id;
}
