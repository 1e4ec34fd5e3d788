using Smi.Docs.Tests.Cli;

namespace Smi.Docs.Tests.Languages;

/// <summary>The translations in the repository, checked with the translators' own tools (issue 5 points 2 and 3).</summary>
public sealed class RealTranslationsTests
{
    [Fact]
    public async Task Every_translation_is_complete_and_none_is_stale()
    {
        var (exitCode, stdout, _) = await CliRunner.RunAsync("locales", "status", "--root", TestPaths.Root);

        Assert.Equal(0, exitCode);
        foreach (var language in LanguageMatrix.Translations)
        {
            Assert.Matches($@"{language.Code}: (\d+) files: \1 complete, 0 stale, 0 missing, 0 mismatch", stdout);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("tr")]
    [InlineData("pl")]
    [InlineData("uk")]
    public async Task An_xliff_export_and_import_of_the_real_translation_changes_no_byte(string language)
    {
        var root = Path.GetDirectoryName(LocaleCopy.Create())!;
        var before = Snapshot(root);
        var xliff = Path.Combine(root, language + ".xlf");

        var export = await CliRunner.RunAsync("locales", "export", language, "--out", xliff, "--root", root);
        var import = await CliRunner.RunAsync("locales", "import", xliff, "--root", root);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, import.ExitCode);
        var exported = await File.ReadAllTextAsync(xliff, TestContext.Current.CancellationToken);
        Assert.Contains($"trgLang=\"{language}\"", exported);
        Assert.Contains("<ph id=", exported);
        // Every file and paragraph travelled: 18 sources (formulier-web.yaml the newest), hundreds of translated segments.
        Assert.Equal(18, System.Text.RegularExpressions.Regex.Matches(exported, "<file ").Count);
        Assert.True(System.Text.RegularExpressions.Regex.Matches(exported, "<target>").Count > 300);
        Assert.Equal(before, Snapshot(root));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.GetFiles(Path.Combine(root, "locales"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
