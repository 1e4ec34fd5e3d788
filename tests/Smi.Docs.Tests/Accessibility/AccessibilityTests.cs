using Microsoft.Playwright;
using Smi.Docs.Html;
using Smi.Docs.Tests.EndToEnd;
using Smi.Docs.Tests.Matrix;
using Smi.Docs.Tests.Policy;

namespace Smi.Docs.Tests.Accessibility;

/// <summary>
/// docs/architecture.md §3: the generated HTML has no axe-core WCAG 2.1 AA violations in a real Chromium. Every model
/// document in every supported language, the bundles of a translation with its Dutch original, and the basislijn
/// report, each checked as it looks on screen and as it prints.
/// </summary>
[NeedsChromium, NeedsNpm]
public sealed class AccessibilityTests(AxeBrowserFixture axe) : IClassFixture<AxeBrowserFixture>
{
    private static readonly string[] Languages = ["nl", "en", "ar", "tr", "pl", "uk"];

    // Contrast and visibility differ between the two: the footer, for one, only shows on screen.
    private static readonly Media[] MediaTypes = [Media.Screen, Media.Print];

    public static TheoryData<string, string> DocumentsByLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var (document, _) in DocumentMatrix.Documents)
        {
            foreach (var language in Languages)
            {
                data.Add(document, language);
            }
        }
        return data;
    }

    public static TheoryData<string, string> DocumentsByTranslation()
    {
        var data = new TheoryData<string, string>();
        foreach (var (document, _) in DocumentMatrix.Documents)
        {
            foreach (var language in Languages.Where(l => l != "nl"))
            {
                data.Add(document, language);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentsByLanguage))]
    public async Task Html_has_no_WCAG_21_AA_violations(string document, string language)
    {
        var letter = Examples.Composer.Compose(Case(document), Examples.Voorbeeldstad, document, language);

        await AssertNoViolationsAsync($"{document}.{language}.html", new HtmlLetterRenderer().Render(letter));
    }

    /// <summary>The second part is a section with its own lang and dir, which single letters never have.</summary>
    [Theory]
    [MemberData(nameof(DocumentsByTranslation))]
    public async Task Bundle_with_the_Dutch_original_has_no_WCAG_21_AA_violations(string document, string language)
    {
        var parts = Examples.Composer.ComposeBundle(Case(document), Examples.Voorbeeldstad, document, language);

        await AssertNoViolationsAsync($"{document}.{language}+nl.html", new HtmlLetterRenderer().Render(parts));
    }

    [Theory]
    [MemberData(nameof(SeedProfiles.All), MemberType = typeof(SeedProfiles))]
    public async Task Basislijn_report_has_no_WCAG_21_AA_violations(string profile) =>
        await AssertNoViolationsAsync($"beleid/{profile}.html", BasislijnHtmlRenderer.Render(SeedProfiles.Rapport(profile)));

    /// <summary>The oracle itself: a page that breaks the rules must not pass, also on the reused page.</summary>
    [Fact]
    public async Task Axe_reports_a_page_without_language_alt_text_and_contrast()
    {
        AssertAxeInstalled();
        const string html = "<!DOCTYPE html><html><head><title>t</title></head><body><img src=\"data:,\"><p style=\"color:#bbb\">vaag</p></body></html>";

        var ids = (await axe.CheckAsync(html, Media.Screen)).Select(v => v.Id);

        Assert.Equal(["color-contrast", "html-has-lang", "image-alt"], ids.Order());
    }

    private static Cases.SmiCase? Case(string document) =>
        DocumentMatrix.Documents.Single(d => d.Document == document).Case is { } name ? Examples.Case(name) : null;

    private async Task AssertNoViolationsAsync(string name, string html)
    {
        AssertAxeInstalled();
        var violations = new List<string>();
        foreach (var media in MediaTypes)
        {
            violations.AddRange((await axe.CheckAsync(html, media)).Select(v => $"  {media.ToString().ToLowerInvariant()}: {v}"));
        }

        Assert.True(violations.Count == 0, $"{name} has {violations.Count} WCAG 2.1 AA violation(s):\n{string.Join('\n', violations)}");
    }

    private static void AssertAxeInstalled() =>
        Assert.True(File.Exists(AxeBrowserFixture.AxeScript),
            $"axe-core is not installed ({AxeBrowserFixture.AxeScript} is missing): run scripts/install-prerequisites.sh");
}
