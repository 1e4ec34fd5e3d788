using AngleSharp.Html.Parser;
using Smi.Docs.Html;

namespace Smi.Docs.Tests.EndToEnd;

public sealed class InjectionHtmlTests
{
    private const string Marker = "ZQXMARKER";

    [Fact]
    public void Hostile_strings_in_every_string_field_are_refused_with_a_located_error_or_shown_literally()
    {
        var renderer = new HtmlLetterRenderer();
        var baseline = TagCounts(renderer.Render(Examples.Toekenning(InjectionCases.BaseCase)));
        var checkedLiterally = 0;
        foreach (var path in InjectionCases.StringFieldPaths())
        {
            var shown = IsShown(renderer, path);
            foreach (var (value, expected) in InjectionCases.Strings)
            {
                var (zaak, errors) = InjectionCases.Read(InjectionCases.WithValue(path, value));
                if (zaak is null)
                {
                    Assert.Contains(errors, e => e.Location.JsonPath == path);
                    Assert.All(errors, e => Assert.DoesNotContain(value, e.ToString(), StringComparison.Ordinal));
                    continue;
                }
                var html = renderer.Render(Examples.Composer.Compose(zaak, Examples.Voorbeeldstad, "toekenning", "nl"));
                Assert.Equal(baseline, TagCounts(html));
                if (shown)
                {
                    var text = VisibleText(html);
                    Assert.True(text.Contains(expected, StringComparison.Ordinal) || text.Contains(expected.ToUpperInvariant(), StringComparison.Ordinal),
                        $"{path}: '{expected}' is not shown literally");
                    checkedLiterally++;
                }
            }
        }
        Assert.True(checkedLiterally >= 10 * InjectionCases.Strings.Count, $"only {checkedLiterally} literal checks ran");
    }

    private static bool IsShown(HtmlLetterRenderer renderer, string path)
    {
        var (zaak, _) = InjectionCases.Read(InjectionCases.WithValue(path, Marker));
        return zaak is not null
            && VisibleText(renderer.Render(Examples.Composer.Compose(zaak, Examples.Voorbeeldstad, "toekenning", "nl"))).Contains(Marker, StringComparison.OrdinalIgnoreCase);
    }

    private static string VisibleText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = string.Join(' ', document.QuerySelectorAll("title, body").Select(e => e.TextContent)) +
                   string.Join(' ', document.QuerySelectorAll("style").Select(s => s.TextContent));
        return text.Replace('\u00A0', ' ');
    }

    private static string TagCounts(string html) =>
        string.Join(", ", new HtmlParser().ParseDocument(html).QuerySelectorAll("body *")
            .GroupBy(e => e.LocalName).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}"));
}
