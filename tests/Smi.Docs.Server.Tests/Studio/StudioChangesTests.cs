using System.Net;
using System.Text.RegularExpressions;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// "Wat verandert er?" (issue 16 point 4) on the server: the example letters of the document rendered with the published
/// text and with the posted one, their difference with &lt;del&gt;/&lt;ins&gt;, and what happens to the translations.
/// </summary>
public sealed partial class StudioChangesTests(StudioService studio) : IClassFixture<StudioService>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Toekenning => File.ReadAllText(Path.Combine(RepoPaths.Templates, "toekenning", "toekenning.sbn-md"));

    private static async Task<(HttpStatusCode Status, string Html)> ChangesAsync(HttpClient client, string taal, string text)
    {
        var answer = await StudioService.PostFormAsync(client, $"/studio/toekenning/{taal}", $"/studio/toekenning/{taal}/wijzigingen",
            new Dictionary<string, string> { ["tekst"] = text });
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_changed_word_in_the_dutch_shows_in_every_example_letter_in_six_languages_and_makes_the_translations_stale()
    {
        await studio.AddAccountAsync("voorbeeldstad", "wim", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("voorbeeldstad", "wim");
        var edited = Toekenning.Replace("Wij hebben uw aanvraag bekeken.", "Wij hebben uw aanvraag goed bekeken.", StringComparison.Ordinal);
        Assert.NotEqual(Toekenning, edited);

        var (status, html) = await ChangesAsync(client, "nl", edited);

        Assert.Equal(HttpStatusCode.OK, status);
        // Five toekenning examples exist; the page compares at most three, in each of the six languages.
        Assert.Equal(3 * 6, Section().Matches(html).Count);
        Assert.Contains("<ins><span class=\"studio-visually-hidden\">nieuw: </span>goed</ins>", html);
        Assert.Equal(3, Regex.Matches(html, "nieuw: </span>goed</ins>").Count);
        Assert.Equal(3 * 5, Regex.Matches(html, "Deze brief verandert niet.").Count);
        Assert.Contains("Aantal pagina's onbekend.", html);
        Assert.Equal(5, Regex.Matches(html, "wordt verouderd").Count);
    }

    [Fact]
    public async Task A_removed_sentence_is_a_del_and_a_new_paragraph_breaks_the_structure_of_every_translation()
    {
        await studio.AddAccountAsync("voorbeeldstad", "xandra", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("voorbeeldstad", "xandra");
        var edited = Toekenning.Replace(" Wij hebben uw aanvraag bekeken.", "", StringComparison.Ordinal)
            .Replace("## Wat hebben wij besloten?", "Een nieuwe alinea.\n\n## Wat hebben wij besloten?", StringComparison.Ordinal);

        var (status, html) = await ChangesAsync(client, "nl", edited);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<del><span class=\"studio-visually-hidden\">weg: </span>Wij hebben uw aanvraag bekeken.</del>", html);
        Assert.Contains("nieuw: </span>Een nieuwe alinea.</ins>", html);
        Assert.Equal(5, Regex.Matches(html, "past niet meer bij de opbouw van het Nederlands").Count);
    }

    [Fact]
    public async Task A_text_with_errors_is_not_compared()
    {
        await studio.AddAccountAsync("voorbeeldstad", "yara", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("voorbeeldstad", "yara");

        var (status, html) = await ChangesAsync(client, "nl", Toekenning + "\n{{ bestaatniet }}\n");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.DoesNotContain("studio-change", html);
    }

    [GeneratedRegex("<section class=\"studio-change\">")]
    private static partial Regex Section();
}
