using Smi.Docs.Tests.Cli;

namespace Smi.Docs.Tests.Localization;

public sealed class LocalesCommandTests
{
    private readonly LocaleFixture _fixture = LocaleFixture.Create();

    [Fact]
    public async Task Status_of_a_complete_language_exits_0_with_one_line_per_file_and_totals()
    {
        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("locales", "status", "--lang", "en", "--root", _fixture.Root);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Contains("  complete  gecontroleerd     locales/en/partials/contact.sbn-md", stdout);
        Assert.Contains("en: 6 files: 6 complete, 0 stale, 0 missing, 0 mismatch; 5 machinevertaling, 1 gecontroleerd", stdout);
    }

    [Fact]
    public async Task Status_exits_1_when_a_file_is_missing()
    {
        var (exitCode, stdout, _) = await CliRunner.RunAsync("locales", "status", "--root", _fixture.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("  missing                     locales/ar/partials/contact.sbn-md", stdout);
        Assert.Contains("ar: 6 files: 2 complete, 0 stale, 4 missing, 0 mismatch; 1 machinevertaling, 1 gecontroleerd", stdout);
    }

    [Fact]
    public async Task Status_exits_1_on_a_mismatch_and_prints_where()
    {
        _fixture.Edit("locales/en/partials/contact.sbn-md", "{{ brief.behandelaar.telefoon }}", "the number");

        var (exitCode, stdout, _) = await CliRunner.RunAsync("locales", "status", "--lang", "en", "--root", _fixture.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("  mismatch  gecontroleerd     locales/en/partials/contact.sbn-md", stdout);
        Assert.Contains("locales/en/partials/contact.sbn-md(9,1): error SMI10011: '{{ brief.behandelaar.telefoon }}' is missing", stdout);
    }

    [Fact]
    public async Task A_stale_file_alone_is_a_warning_with_the_Dutch_change_and_mark_updated_clears_it()
    {
        _fixture.Edit("templates/partials/contact.sbn-md", "## Vragen?", "## Heeft u vragen?");

        var (exitCode, stdout, _) = await CliRunner.RunAsync("locales", "status", "--lang", "en", "--root", _fixture.Root);

        Assert.Equal(0, exitCode);
        Assert.Contains("  stale     gecontroleerd     locales/en/partials/contact.sbn-md", stdout);
        Assert.Contains("        -    1: ## Vragen?\n        +    1: ## Heeft u vragen?", stdout.ReplaceLineEndings("\n"));

        var (markExit, markOutput, _) = await CliRunner.RunAsync("locales", "mark-updated", "en", "partials/contact.sbn-md", "--root", _fixture.Root);
        var (_, after, _) = await CliRunner.RunAsync("locales", "status", "--lang", "en", "--root", _fixture.Root);

        Assert.Equal(0, markExit);
        Assert.Contains("locales/en/partials/contact.sbn-md: bronHash set to the current Dutch", markOutput);
        Assert.Contains("  complete  gecontroleerd     locales/en/partials/contact.sbn-md", after);
    }

    [Fact]
    public async Task Mark_updated_without_files_or_all_is_bad_usage()
    {
        var (exitCode, _, stderr) = await CliRunner.RunAsync("locales", "mark-updated", "en", "--root", _fixture.Root);

        Assert.Equal(2, exitCode);
        Assert.Contains("give a language and files", stderr);
    }

    [Fact]
    public async Task Mark_updated_all_languages_marks_every_existing_translation()
    {
        _fixture.Edit("templates/brief/brief.sbn-md", "# Besluit", "# Ons besluit");

        var (exitCode, stdout, _) = await CliRunner.RunAsync("locales", "mark-updated", "--all-languages", "--root", _fixture.Root);

        Assert.Equal(0, exitCode);
        Assert.Contains("locales/ar/brief/brief.sbn-md: bronHash set to the current Dutch", stdout);
        Assert.Contains("locales/en/brief/brief.sbn-md: bronHash set to the current Dutch", stdout);
        Assert.Contains(": removed, no translation uses it", stdout);
    }

    [Fact]
    public async Task Export_and_import_through_the_command_line()
    {
        var xliff = Path.Combine(_fixture.Root, "out", "en.xlf");

        var (exportExit, _, exportError) = await CliRunner.RunAsync("locales", "export", "en", "--out", xliff, "--root", _fixture.Root);
        var (importExit, importOutput, _) = await CliRunner.RunAsync("locales", "import", xliff, "--root", _fixture.Root);

        Assert.Equal(0, exportExit);
        Assert.Equal("", exportError);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<xliff ", await File.ReadAllTextAsync(xliff, TestContext.Current.CancellationToken));
        Assert.Equal(0, importExit);
        Assert.Contains("No translation changed.", importOutput);
    }

    [Fact]
    public async Task An_export_over_an_existing_file_needs_overwrite()
    {
        var xliff = Path.Combine(_fixture.Root, "out-existing", "en.xlf");
        Directory.CreateDirectory(Path.GetDirectoryName(xliff)!);
        await File.WriteAllTextAsync(xliff, "the translator's file", TestContext.Current.CancellationToken);

        var (refusedExit, _, refusedError) = await CliRunner.RunAsync("locales", "export", "en", "--out", xliff, "--root", _fixture.Root);
        var kept = await File.ReadAllTextAsync(xliff, TestContext.Current.CancellationToken);
        var (replacedExit, _, _) = await CliRunner.RunAsync("locales", "export", "en", "--out", xliff, "--root", _fixture.Root, "--overwrite");

        Assert.Equal(2, refusedExit);
        Assert.Contains("error SMI4011", refusedError);
        Assert.Equal("the translator's file", kept);
        Assert.Equal(0, replacedExit);
        Assert.StartsWith("<?xml", await File.ReadAllTextAsync(xliff, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_malformed_XLIFF_exits_1()
    {
        var xliff = Path.Combine(_fixture.Root, "broken.xlf");
        await File.WriteAllTextAsync(xliff, "<xliff version=\"2.0\"", TestContext.Current.CancellationToken);

        var (exitCode, _, stderr) = await CliRunner.RunAsync("locales", "import", xliff, "--root", _fixture.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("broken.xlf(1,", stderr);
        Assert.Contains("error SMI10030: not well-formed XML", stderr);
    }
}
