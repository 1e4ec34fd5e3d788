using Smi.Docs.PlainLanguage;
using Smi.Docs.Templating;

namespace Smi.Docs.Tests.PlainLanguage;

/// <summary>docs/architecture.md §3: every Dutch template passes the plain-language check with 0 errors.</summary>
public sealed class TemplatesTests
{
    public static TheoryData<string> Templates() =>
        new(Directory.GetFiles(TestPaths.Templates, "*" + TemplateSource.Extension, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_dutch_template_has_no_plain_language_errors(string template)
    {
        var report = PlainLanguageChecker.Default.Check(File.ReadAllText(Path.Combine(TestPaths.Root, template)), template);

        Assert.Empty(report.Diagnostics.Where(d => d.Severity == Smi.Docs.Diagnostics.Severity.Error).Select(d => d.ToString()));
    }

    [Fact]
    public void There_are_templates_to_check()
    {
        Assert.Contains("templates/toekenning/toekenning.sbn-md", Templates().Select(row => row.Data));
    }
}
