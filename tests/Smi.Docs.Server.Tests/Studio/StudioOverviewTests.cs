using System.Net;
using System.Text.RegularExpressions;
using Smi.Docs.Composition;
using Smi.Docs.Formatting;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// The overview (issue 16 point 2) on a municipality with its own template set: a translation deleted shows as missing,
/// a changed sentence in the Dutch makes its translations stale, a new paragraph makes them no longer match, and the
/// B1 advice is counted, as <c>smi-docs locales status</c> and <c>smi-docs lint</c> would say.
/// </summary>
public sealed partial class StudioOverviewTests(StudioService studio) : IClassFixture<StudioService>, IDisposable
{
    private readonly string _set = Directory.CreateTempSubdirectory("smi-studio-set-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_set, recursive: true);

    [Fact]
    public async Task Every_document_in_every_language_shows_its_own_state()
    {
        Copy(RepoPaths.Templates, Path.Combine(_set, "templates"));
        Copy(Path.Combine(RepoPaths.Root, "locales"), Path.Combine(_set, "locales"));
        File.Delete(Path.Combine(_set, "locales", "en", "afwijzing", "afwijzing.sbn-md"));
        var afwijzing = Path.Combine(_set, "templates", "afwijzing", "afwijzing.sbn-md");
        // "ten behoeve van" is officialese (PlainLanguage/Data/ambtelijke-woorden.txt: use "voor").
        await File.AppendAllTextAsync(afwijzing, "\nWij hebben dit besloten ten behoeve van de opvang.\n", Ct);
        var toekenning = Path.Combine(_set, "templates", "toekenning", "toekenning.sbn-md");
        var dutch = await File.ReadAllTextAsync(toekenning, Ct);
        Assert.Contains("Wij hebben uw aanvraag bekeken.", dutch);
        await File.WriteAllTextAsync(toekenning, dutch.Replace("Wij hebben uw aanvraag bekeken.", "Wij hebben uw aanvraag goed bekeken.", StringComparison.Ordinal), Ct);
        await studio.Service.AddTenantAsync("eigenstad", templates: Path.Combine(_set, "templates"));
        await studio.AddAccountAsync("eigenstad", "rik", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("eigenstad", "rik");

        var answer = await client.GetAsync("/studio", Ct);
        var states = Row().Matches(await answer.Content.ReadAsStringAsync(Ct)).ToDictionary(m => (m.Groups["doc"].Value, m.Groups["lang"].Value), m => m.Groups["state"].Value);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(DocumentDefinitions.Templates.Count * DocumentLanguage.All.Count, states.Count);
        Assert.Equal("vertaling ontbreekt", states[("afwijzing", "en")]);
        Assert.All(new[] { "ar", "tr", "pl", "uk" }, lang => Assert.Equal("vertaling past niet bij het Nederlands", states[("afwijzing", lang)]));
        Assert.All(new[] { "en", "ar", "tr", "pl", "uk" }, lang => Assert.Equal("vertaling verouderd", states[("toekenning", lang)]));
        Assert.Equal("vertaling bijgewerkt", states[("verlenging", "en")]);
        // The officialese is the B1 check's error (SMI6004); the shipped text has none.
        Assert.StartsWith("taalcheck: 1 fout, ", states[("afwijzing", "nl")]);
        Assert.DoesNotContain("fout", states[("toekenning", "nl")]);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex("""<th scope="row" class="utrecht-table__header-cell">(?<doc>[a-z-]+)</th><td class="utrecht-table__cell" lang="(?<lang>[a-z]+)">[^<]*</td><td class="utrecht-table__cell">(?<state>[^<]*)</td>""")]
    private static partial Regex Row();
}
