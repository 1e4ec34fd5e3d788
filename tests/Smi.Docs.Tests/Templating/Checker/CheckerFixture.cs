using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;
using Smi.Docs.Templating;

namespace Smi.Docs.Tests.Templating.Checker;

internal static class CheckerFixture
{
    public const string FileName = "brief.sbn-md";

    public static readonly TemplateChecker SharedChecker = new(DocumentLanguage.Dutch);

    public static IReadOnlyList<Diagnostic> Check(string template, IReadOnlyDictionary<string, TemplateSource>? partials = null, string language = "nl") =>
        new TemplateChecker(DocumentLanguage.Find(language)!)
            .Check(TemplateSource.Parse(template, FileName), typeof(BriefModel), partials ?? NoPartials);

    public static readonly IReadOnlyDictionary<string, TemplateSource> NoPartials = new Dictionary<string, TemplateSource>();

    public static Dictionary<string, TemplateSource> Partials(params (string Name, string Text)[] partials) =>
        partials.ToDictionary(p => p.Name, p => TemplateSource.Parse(p.Text, $"partials/{p.Name}.sbn-md"));

    /// <param name="span">Where, as printed after the file name: <c>(1,7)-(1,30)</c>.</param>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, string span, string file = FileName)
    {
        var diagnostic = Assert.Single(diagnostics);
        AssertAt(diagnostic, code, span, file);
        return diagnostic;
    }

    public static void AssertAt(Diagnostic diagnostic, string code, string span, string file = FileName)
    {
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(file + span, diagnostic.Location.ToString());
    }

    /// <summary>The first line of each diagnostic up to its message: <c>brief.sbn-md(1,1)-(1,4): error SMI3009</c>.</summary>
    public static IEnumerable<string> Heads(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Location}: error {d.Code}");
}
