using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Smi.Docs.Server.Tests.Api;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// Publishing with four eyes (issue 16 point 5) through the real pages, and the API rendering with the version valid on
/// the letter's decision date, named in the header and the audit row. The studio's "today" is fixed at 1 December 2026,
/// so the dates below stay in the future whatever day the tests run.
/// </summary>
public sealed class StudioPublishTests(StudioService studio) : IClassFixture<StudioService>, IAsyncLifetime
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private WebApplicationFactory<Program> _service = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Toekenning => File.ReadAllText(Path.Combine(RepoPaths.Templates, "toekenning", "toekenning.sbn-md"));

    /// <summary>The Dutch toekenning with one sentence after its heading: a change anyone can find in the letter.</summary>
    private static string ToekenningWith(string sentence)
    {
        var lines = Toekenning.Split('\n').ToList();
        Assert.StartsWith("# ", lines[4]);
        lines.Insert(5, "\n" + sentence + "\n");
        return string.Join('\n', lines);
    }

    public ValueTask InitializeAsync()
    {
        _service = studio.Service.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new TestService.FixedTime(Today))));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    private async Task<HttpClient> SignedInAsync(string tenant, string naam, StudioRole rol, WebApplicationFactory<Program>? service = null)
    {
        await studio.AddAccountAsync(tenant, naam, rol);
        var client = (service ?? _service).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await StudioService.SignInAsync(client, tenant, naam, StudioService.Password)).StatusCode);
        return client;
    }

    private static async Task<string> SaveAndProposeAsync(StudioService studio, HttpClient author, string tenant, string text, string comment)
    {
        var saved = await StudioService.PostFormAsync(author, "/studio/toekenning/nl", "/studio/toekenning/nl/concept",
            new Dictionary<string, string> { ["tekst"] = text, ["opmerking"] = comment });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = (await studio.DraftsAsync(tenant)).First(d => d.Document == "toekenning" && d.Taal == "nl");
        var proposed = await StudioService.PostFormAsync(author, "/studio/toekenning/nl/versies", $"/studio/toekenning/nl/versies/{draft.Id}/voorstellen", []);
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        return draft.Id;
    }

    private static Task<HttpResponseMessage> PublishAsync(HttpClient client, string id, string validFrom) =>
        StudioService.PostFormAsync(client, "/studio/toekenning/nl/versies", $"/studio/toekenning/nl/versies/{id}/publiceren",
            new Dictionary<string, string> { ["geldig-vanaf"] = validFrom });

    /// <summary>The toekenning example case decided (and sent) on <paramref name="besluitdatum"/>, on one line.</summary>
    private static string DecidedOn(string besluitdatum)
    {
        var zaak = JsonNode.Parse(Requests.CaseText())!;
        zaak["besluitdatum"] = besluitdatum;
        zaak["verzenddatum"] = besluitdatum;
        return zaak.ToJsonString();
    }

    private HttpClient ApiClient(string key)
    {
        var client = _service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>The toekenning example case decided (and sent) on <paramref name="besluitdatum"/>, as HTML from the API.</summary>
    private async Task<HttpResponseMessage> RenderAsync(string key, string besluitdatum)
    {
        var client = ApiClient(key);
        var response = await client.SendAsync(Requests.Post("/api/v1/documenten/toekenning", Requests.Json(DecidedOn(besluitdatum)), "text/html"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private async Task<StoredTemplateVersion> VersionAsync(string tenant, string id)
    {
        await using var database = await SmiDatabase.OpenAsync(studio.Service.Storage, Ct);
        return (await new TemplateVersionStore(database).FindAsync(tenant, id, Ct))!;
    }

    [Fact]
    public async Task A_redacteur_cannot_publish_and_a_beheerder_cannot_approve_his_own_text()
    {
        await studio.Service.AddTenantAsync("vieroogen");
        var redacteur = await SignedInAsync("vieroogen", "rik", StudioRole.Redacteur);
        var beheerder = await SignedInAsync("vieroogen", "bea", StudioRole.Beheerder);
        var redacteursText = await SaveAndProposeAsync(studio, redacteur, "vieroogen", ToekenningWith("Een zin van Rik."), "van rik");

        var byRedacteur = await PublishAsync(redacteur, redacteursText, "2027-01-01");
        var ownText = await SaveAndProposeAsync(studio, beheerder, "vieroogen", ToekenningWith("Een zin van Bea."), "van bea");
        var byAuthor = await PublishAsync(beheerder, ownText, "2027-01-01");
        var inThePast = await PublishAsync(beheerder, redacteursText, "2026-11-30");

        Assert.Equal(HttpStatusCode.Forbidden, byRedacteur.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAuthor.StatusCode);
        Assert.Contains("Een andere beheerder publiceert hem", await byAuthor.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, inThePast.StatusCode);
        Assert.Equal(TemplateVersionStates.Voorgesteld, (await VersionAsync("vieroogen", redacteursText)).State);
        Assert.Equal(TemplateVersionStates.Voorgesteld, (await VersionAsync("vieroogen", ownText)).State);
    }

    [Fact]
    public async Task A_letter_gets_the_text_valid_on_its_decision_date_and_the_audit_row_and_header_name_the_version()
    {
        var key = await studio.Service.AddTenantAsync("perdatum");
        var redacteur = await SignedInAsync("perdatum", "roos", StudioRole.Redacteur);
        var beheerder = await SignedInAsync("perdatum", "ben", StudioRole.Beheerder);
        const string sentence = "Vanaf 2027 staat deze zin in de brief.";
        var id = await SaveAndProposeAsync(studio, redacteur, "perdatum", ToekenningWith(sentence), "nieuwe zin voor 2027");

        var published = await PublishAsync(beheerder, id, "2027-01-01");
        var before = await RenderAsync(key, "2026-12-15");
        var after = await RenderAsync(key, "2027-01-05");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var version = await VersionAsync("perdatum", id);
        Assert.Equal((TemplateVersionStates.Gepubliceerd, new DateOnly(2027, 1, 1), "nieuwe zin voor 2027"), (version.State, version.ValidFrom, version.Comment));
        Assert.NotNull(version.ApprovedBy);
        Assert.NotEqual(version.AuthorId, version.ApprovedBy);
        Assert.DoesNotContain(sentence, await before.Content.ReadAsStringAsync(Ct));
        Assert.Contains(sentence, await after.Content.ReadAsStringAsync(Ct));
        var beforeHeader = before.Headers.GetValues("X-Smi-Sjabloonversie").Single();
        var afterHeader = after.Headers.GetValues("X-Smi-Sjabloonversie").Single();
        Assert.Matches("^[0-9a-f]{64}$", beforeHeader);
        Assert.Equal($"{beforeHeader}; versies={id}", afterHeader);
        var audit = await studio.Service.AuditAsync("perdatum");
        Assert.Equal([id, null], audit.OrderByDescending(e => e.At).Select(e => e.Sjabloonversies));

        var versionsPage = await redacteur.GetStringAsync("/studio/toekenning/nl/versies", Ct);
        Assert.Contains("1 januari 2027", versionsPage);
        Assert.Contains("gepubliceerd, geldt later", versionsPage);
        Assert.Contains("nieuwe zin voor 2027", versionsPage);
    }

    [Fact]
    public async Task Pipelines_with_published_versions_are_bounded_and_an_evicted_one_is_built_again_with_the_same_text()
    {
        // Three publications valid from three dates: three version sets, of which the service keeps two built.
        await using var bounded = _service.WithWebHostBuilder(builder => builder.UseSetting("Smi:PublishedPipelines", "2"));
        var key = await studio.Service.AddTenantAsync("begrensd");
        var redacteur = await SignedInAsync("begrensd", "rene", StudioRole.Redacteur, bounded);
        var beheerder = await SignedInAsync("begrensd", "bram", StudioRole.Beheerder, bounded);
        foreach (var month in new[] { 1, 2, 3 })
        {
            var id = await SaveAndProposeAsync(studio, redacteur, "begrensd", ToekenningWith($"Deze zin geldt vanaf maand {month}."), $"maand {month}");
            Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(beheerder, id, $"2027-0{month}-01")).StatusCode);
        }
        var api = bounded.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        async Task<string> LetterOn(string date) =>
            await (await api.SendAsync(Requests.Post("/api/v1/documenten/toekenning", Requests.Json(DecidedOn(date)), "text/html"), Ct)).Content.ReadAsStringAsync(Ct);
        var cache = bounded.Services.GetRequiredService<Smi.Docs.Server.Hosting.PipelineCache>();

        var january = await LetterOn("2027-01-05");
        await LetterOn("2027-02-05");
        await LetterOn("2027-03-05");
        var countAfterThree = cache.PublishedPipelineCount;
        var januaryAgain = await LetterOn("2027-01-05");

        Assert.Equal(2, countAfterThree);
        Assert.Equal(2, cache.PublishedPipelineCount);
        Assert.Contains("Deze zin geldt vanaf maand 1.", januaryAgain);
        Assert.Equal(january, januaryAgain);
    }

    [Fact]
    public async Task A_batch_picks_the_version_per_item_by_its_decision_date()
    {
        var key = await studio.Service.AddTenantAsync("batchdatum");
        var redacteur = await SignedInAsync("batchdatum", "rene", StudioRole.Redacteur);
        var beheerder = await SignedInAsync("batchdatum", "bram", StudioRole.Beheerder);
        var id = await SaveAndProposeAsync(studio, redacteur, "batchdatum", ToekenningWith("Een zin voor de batch."), "batch");
        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(beheerder, id, "2027-01-01")).StatusCode);
        var client = ApiClient(key);

        var created = await client.SendAsync(BatchTests.JsonLines("/api/v1/batches?document=toekenning&formaat=html", [DecidedOn("2026-12-15"), DecidedOn("2027-01-05")]), Ct);
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var status = await BatchTests.FinishedAsync(client, created.Headers.Location!.ToString());

        Assert.Equal(2, status["gemaakt"]!.GetValue<int>());
        Assert.Equal([null, id], (await studio.Service.AuditAsync("batchdatum")).Select(e => e.Sjabloonversies).Order());
    }

    [Fact]
    public async Task A_rollback_restores_exactly_the_letters_of_the_earlier_version()
    {
        var key = await studio.Service.AddTenantAsync("terug");
        var redacteur = await SignedInAsync("terug", "rob", StudioRole.Redacteur);
        var beheerder = await SignedInAsync("terug", "bas", StudioRole.Beheerder);
        var first = await SaveAndProposeAsync(studio, redacteur, "terug", ToekenningWith("Dit is de eerste versie."), "v1");
        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(beheerder, first, "2027-01-01")).StatusCode);
        var v1Letter = await (await RenderAsync(key, "2027-01-05")).Content.ReadAsByteArrayAsync(Ct);
        var second = await SaveAndProposeAsync(studio, redacteur, "terug", ToekenningWith("Dit is de tweede versie."), "v2");
        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(beheerder, second, "2027-01-01")).StatusCode);
        var v2Letter = await (await RenderAsync(key, "2027-01-05")).Content.ReadAsByteArrayAsync(Ct);

        var rolledBack = await StudioService.PostFormAsync(redacteur, "/studio/toekenning/nl/versies", $"/studio/toekenning/nl/versies/{first}/terugzetten", []);
        Assert.Equal(HttpStatusCode.Redirect, rolledBack.StatusCode);
        string third;
        await using (var database = await SmiDatabase.OpenAsync(studio.Service.Storage, Ct))
        {
            third = (await new TemplateVersionStore(database).HistoryAsync("terug", "toekenning", "nl", Ct)).First().Id;
        }
        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(beheerder, third, "2027-01-01")).StatusCode);
        var restored = await RenderAsync(key, "2027-01-05");

        Assert.NotEqual(v1Letter, v2Letter);
        Assert.Equal(Encoding.UTF8.GetString(v1Letter), Encoding.UTF8.GetString(await restored.Content.ReadAsByteArrayAsync(Ct)));
        Assert.EndsWith($"versies={third}", restored.Headers.GetValues("X-Smi-Sjabloonversie").Single());
        var history = await Task.WhenAll(new[] { first, second, third }.Select(id => VersionAsync("terug", id)));
        Assert.All(history, v => Assert.Equal(TemplateVersionStates.Gepubliceerd, v.State));
        Assert.Equal(history[0].Tekst, history[2].Tekst);
        Assert.StartsWith($"Terug naar de versie {first}", history[2].Comment);
    }

    [Fact]
    public async Task The_base_set_stays_as_it_is_and_the_override_shows_its_difference_to_it()
    {
        await studio.Service.AddTenantAsync("eigen");
        var redacteur = await SignedInAsync("eigen", "ria", StudioRole.Redacteur);
        var beheerder = await SignedInAsync("eigen", "bob", StudioRole.Beheerder);
        const string sentence = "Deze zin heeft alleen onze gemeente.";
        var id = await SaveAndProposeAsync(studio, redacteur, "eigen", ToekenningWith(sentence), "eigen zin");
        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(beheerder, id, "2026-12-01")).StatusCode);

        var dutch = await redacteur.GetStringAsync("/studio/toekenning/nl/basis", Ct);
        var english = await redacteur.GetStringAsync("/studio/toekenning/en/basis", Ct);

        Assert.Contains($"<ins><span class=\"studio-visually-hidden\">nieuw: </span>{sentence}</ins>", dutch);
        Assert.DoesNotContain("<del>", dutch);
        Assert.Contains("gelijk aan de basisset", english);
        Assert.DoesNotContain(sentence, Toekenning);
    }

    [Fact]
    public async Task A_beheerder_exports_the_set_as_it_applies_and_imports_a_zip_as_checked_drafts()
    {
        await studio.Service.AddTenantAsync("uitwissel");
        var redacteur = await SignedInAsync("uitwissel", "rosa", StudioRole.Redacteur);
        var beheerder = await SignedInAsync("uitwissel", "bart", StudioRole.Beheerder);
        const string sentence = "Deze zin is gepubliceerd.";
        var id = await SaveAndProposeAsync(studio, redacteur, "uitwissel", ToekenningWith(sentence), "voor de export");
        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(beheerder, id, "2026-12-01")).StatusCode);

        var refused = await redacteur.GetAsync("/studio/uitwisselen/sjablonen.zip", Ct);
        var export = await beheerder.GetAsync("/studio/uitwisselen/sjablonen.zip", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using (var archive = new System.IO.Compression.ZipArchive(await export.Content.ReadAsStreamAsync(Ct)))
        {
            string Entry(string name) => new StreamReader(archive.GetEntry(name)!.Open()).ReadToEnd();
            Assert.Equal(ToekenningWith(sentence), Entry("templates/toekenning/toekenning.sbn-md"));
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Templates, "afwijzing", "afwijzing.sbn-md")), Entry("templates/afwijzing/afwijzing.sbn-md"));
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "locales", "en", "toekenning", "toekenning.sbn-md")), Entry("locales/en/toekenning/toekenning.sbn-md"));
        }

        using var upload = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(upload, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Write(string name, string text)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text);
            }
            Write("templates/toekenning/toekenning.sbn-md", ToekenningWith("Deze zin komt uit git."));
            Write("templates/afwijzing/afwijzing.sbn-md", File.ReadAllText(Path.Combine(RepoPaths.Templates, "afwijzing", "afwijzing.sbn-md")) + "\n{{ bestaatniet }}\n");
            Write("templates/verlenging/verlenging.sbn-md", File.ReadAllText(Path.Combine(RepoPaths.Templates, "verlenging", "verlenging.sbn-md")));
            Write("../buiten.sbn-md", "wordt niet gelezen");
        }
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await StudioService.TokenAsync(beheerder, "/studio/uitwisselen")), "__RequestVerificationToken" },
            { new ByteArrayContent(upload.ToArray()), "zip", "sjablonen.zip" },
        };
        var imported = await beheerder.PostAsync("/studio/uitwisselen", content, Ct);
        var page = await imported.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("templates/toekenning/toekenning.sbn-md</a>: opgeslagen als concept", page);
        Assert.Contains("templates/afwijzing/afwijzing.sbn-md</a>: niet opgeslagen", page);
        Assert.Contains("templates/verlenging/verlenging.sbn-md</a>: gelijk aan de tekst die nu geldt", page);
        Assert.DoesNotContain("buiten", page);
        var draft = Assert.Single(await studio.DraftsAsync("uitwissel"));
        Assert.Equal(("toekenning", "nl", ToekenningWith("Deze zin komt uit git.")), (draft.Document, draft.Taal, draft.Tekst));
    }

}
