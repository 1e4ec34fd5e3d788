using System.Net;
using System.Text.RegularExpressions;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>"Wat verandert er?" with PDF on: each letter's page count before and after, from the PDF the service would send.</summary>
[NeedsChromium]
[Collection(StudioBrowserCollection.Name)]
public sealed partial class StudioChangesPdfTests : IAsyncLifetime
{
    private readonly StudioService _studio = StudioService.WithPdf();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _studio.InitializeAsync();

    public async ValueTask DisposeAsync() => await _studio.DisposeAsync();

    [Fact]
    public async Task A_changed_translation_shows_the_page_count_of_each_example_letter_before_and_after()
    {
        await _studio.AddAccountAsync("voorbeeldstad", "pim", StudioRole.Redacteur);
        var client = await _studio.SignedInAsync("voorbeeldstad", "pim");
        var english = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "locales", "en", "toekenning", "toekenning.sbn-md"), Ct);
        var edited = english.Replace("We have looked at your application.", "We have looked at your application carefully.", StringComparison.Ordinal);
        Assert.NotEqual(english, edited);

        var answer = await StudioService.PostFormAsync(client, "/studio/toekenning/en", "/studio/toekenning/en/wijzigingen", new() { ["tekst"] = edited });
        var html = await answer.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        // One language (a translation reaches only its own letters), the first three toekenning examples.
        var counts = PageCounts().Matches(html);
        Assert.Equal(3, counts.Count);
        Assert.All(counts, m => Assert.True(int.Parse(m.Groups[1].Value) >= 2 && int.Parse(m.Groups[2].Value) >= 2, "a toekenning has at least two pages"));
        Assert.DoesNotContain("onbekend", html);
        Assert.Equal(3, Regex.Matches(html, "weg: </span>application.</del> <ins><span class=\"studio-visually-hidden\">nieuw: </span>application carefully.</ins>").Count);
    }

    [GeneratedRegex("Pagina's: (\\d+) voor, (\\d+) na de wijziging.")]
    private static partial Regex PageCounts();
}
