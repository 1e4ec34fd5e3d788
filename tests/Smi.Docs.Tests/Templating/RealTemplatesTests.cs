using Smi.Docs.Composition;
using Smi.Docs.Templating;

namespace Smi.Docs.Tests.Templating;

/// <summary>Every real template, Dutch and translated, passes the checker: loading a library runs it on each of them.</summary>
public sealed class RealTemplatesTests
{
    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("pl")]
    [InlineData("tr")]
    [InlineData("uk")]
    public void Every_template_of_a_language_passes_the_checker(string language)
    {
        var directory = language == "nl" ? TestPaths.Templates : Path.Combine(TestPaths.Root, "locales", language);
        var library = TemplateLibrary.Load(directory, DocumentDefinitions.Templates, language, language == "nl" ? "templates" : $"locales/{language}");
        Assert.NotEmpty(library.DocumentIds);
    }

    [Fact]
    public void The_toekenning_reads_its_data_through_loops_and_partials()
    {
        var library = TemplateLibrary.Load(TestPaths.Templates, DocumentDefinitions.Templates);
        var paths = new TemplateChecker(Smi.Docs.Formatting.DocumentLanguage.Dutch)
            .Placeholders(library.Source("toekenning")!, typeof(Smi.Docs.ViewModels.ToekenningViewModel), library.Partials);
        Assert.Contains("kinderen[].opvang.lrkNummer", paths);
        Assert.Contains("kinderen", paths);
        Assert.Contains("brief.behandelaar.email", paths);
    }
}
