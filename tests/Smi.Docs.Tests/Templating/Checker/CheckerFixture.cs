using Smi.Docs.Diagnostics;
using Smi.Docs.Templating;

namespace Smi.Docs.Tests.Templating.Checker;

internal static class CheckerFixture
{
    public const string FileName = "brief.hbs";

    public static readonly TemplateChecker SharedChecker = new(["datum", "bedrag", "getal", "meervoud"]);

    public static IReadOnlyList<Diagnostic> Check(string template, IReadOnlyDictionary<string, TemplateSource>? partials = null) =>
        SharedChecker.Check(template, FileName, typeof(BriefModel), partials ?? new Dictionary<string, TemplateSource>());

    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, int line, int column, string file = FileName)
    {
        var diagnostic = Assert.Single(diagnostics);
        AssertAt(diagnostic, code, line, column, file);
        return diagnostic;
    }

    public static void AssertAt(Diagnostic diagnostic, string code, int line, int column, string file = FileName)
    {
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(SourceLocation.InFile(file, line, column), diagnostic.Location);
    }
}
