using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Smi.Docs.Diagnostics;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// The editor's server side (issue 16 point 3): the core's template check and B1 check on posted text with spans, the
/// preview through the pipeline, drafts saved only without errors, in the tenant's own rows.
/// </summary>
public sealed class StudioEditorTests(StudioService studio) : IClassFixture<StudioService>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Toekenning => File.ReadAllText(Path.Combine(RepoPaths.Templates, "toekenning", "toekenning.sbn-md"));

    /// <summary>The Dutch toekenning with one line added after its heading (line 5), so that line is line 6.</summary>
    private static string ToekenningWithLine(string line)
    {
        var lines = Toekenning.Split('\n').ToList();
        Assert.StartsWith("# ", lines[4]);
        lines.Insert(5, line);
        return string.Join('\n', lines);
    }

    private async Task<JsonElement> CheckAsync(HttpClient client, string document, string taal, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/studio/{document}/{taal}/controle") { Content = JsonContent.Create(new { tekst = text }) };
        request.Headers.Add("RequestVerificationToken", await StudioService.TokenAsync(client, $"/studio/{document}/{taal}"));
        var answer = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task The_shipped_toekenning_has_no_errors()
    {
        await studio.AddAccountAsync("voorbeeldstad", "ilse", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("voorbeeldstad", "ilse");

        var check = await CheckAsync(client, "toekenning", "nl", Toekenning);
        var editor = await client.GetStringAsync("/studio/toekenning/nl", Ct);

        Assert.Equal(0, check.GetProperty("errors").GetInt32());
        Assert.Contains("href=\"/studio/toekenning/ar\"", editor);
    }

    [Fact]
    public async Task An_unknown_name_is_reported_at_its_span_in_the_edited_text()
    {
        await studio.AddAccountAsync("voorbeeldstad", "jan", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("voorbeeldstad", "jan");

        var check = await CheckAsync(client, "toekenning", "nl", ToekenningWithLine("Uw naam is {{ bestaatniet }}."));

        var problem = Assert.Single(check.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == TemplateDiagnosticCodes.UnknownPath.Id);
        Assert.Equal("error", problem.GetProperty("severity").GetString());
        Assert.Equal("templates/toekenning/toekenning.sbn-md", problem.GetProperty("file").GetString());
        Assert.Equal(6, problem.GetProperty("line").GetInt32());
        // "Uw naam is {{ " is 14 characters: the 11 letters of the name are columns 15 to 25.
        Assert.Equal((15, 6, 25), (problem.GetProperty("column").GetInt32(), problem.GetProperty("endLine").GetInt32(), problem.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public async Task Officialese_is_reported_by_the_B1_check_on_its_line()
    {
        await studio.AddAccountAsync("voorbeeldstad", "karin", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("voorbeeldstad", "karin");

        var check = await CheckAsync(client, "toekenning", "nl", ToekenningWithLine("Wij betalen ten behoeve van de opvang."));

        var problem = Assert.Single(check.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == PlainLanguageCodes.Officialese.Id);
        Assert.Equal(6, problem.GetProperty("line").GetInt32());
        Assert.Contains("voor", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_translation_is_checked_as_the_pipeline_checks_it()
    {
        await studio.AddAccountAsync("voorbeeldstad", "lotte", StudioRole.Vertaler, "en");
        var client = await studio.SignedInAsync("voorbeeldstad", "lotte");
        var english = File.ReadAllText(Path.Combine(RepoPaths.Root, "locales", "en", "toekenning", "toekenning.sbn-md"));

        var clean = await CheckAsync(client, "toekenning", "en", english);
        var broken = await CheckAsync(client, "toekenning", "en", english + "\n{{ bestaatniet }}\n");

        Assert.Equal(0, clean.GetProperty("errors").GetInt32());
        var problem = Assert.Single(broken.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == TemplateDiagnosticCodes.UnknownPath.Id);
        Assert.Equal("locales/en/toekenning/toekenning.sbn-md", problem.GetProperty("file").GetString());
        Assert.Equal(english.Split('\n').Length + 1, problem.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task The_preview_is_the_letter_made_from_the_posted_text_under_its_own_strict_policy()
    {
        await studio.AddAccountAsync("voorbeeldstad", "maria", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("voorbeeldstad", "maria");

        var answer = await StudioService.PostFormAsync(client, "/studio/toekenning/nl", "/studio/toekenning/nl/voorbeeld",
            new() { ["tekst"] = ToekenningWithLine("Dit is een proefzin voor het voorbeeld."), ["zaak"] = "toekenning-een-kind-dagopvang" });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var html = await answer.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Dit is een proefzin voor het voorbeeld.", html);
        Assert.Contains("U krijgt een vergoeding voor kinderopvang", html);
        var policy = answer.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("sandbox", policy);
        Assert.DoesNotContain("script-src", policy);
    }

    [Fact]
    public async Task A_pdf_of_the_draft_on_a_service_without_chromium_is_a_page_that_says_why()
    {
        await studio.AddAccountAsync("voorbeeldstad", "olga", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("voorbeeldstad", "olga");

        var answer = await StudioService.PostFormAsync(client, "/studio/toekenning/nl", "/studio/toekenning/nl/pdf",
            new() { ["tekst"] = ToekenningWithLine("Dit is een proefzin."), ["zaak"] = "toekenning-een-kind-dagopvang" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Contains(ServerCodes.PdfSwitchedOff.Id, await answer.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_draft_with_an_error_is_not_saved_and_one_without_is_saved_in_the_database_only()
    {
        var account = await studio.AddAccountAsync("voorbeeldstad", "nina", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("voorbeeldstad", "nina");
        var baseFile = Path.Combine(RepoPaths.Templates, "afwijzing", "afwijzing.sbn-md");
        var baseText = await File.ReadAllTextAsync(baseFile, Ct);
        var edited = baseText.Replace("\n## ", "\nDeze zin is nieuw in het concept.\n\n## ", StringComparison.Ordinal);
        Assert.NotEqual(baseText, edited);

        var refused = await StudioService.PostFormAsync(client, "/studio/afwijzing/nl", "/studio/afwijzing/nl/concept",
            new() { ["tekst"] = edited + "\n{{ bestaatniet }}\n", ["opmerking"] = "met een fout" });
        var saved = await StudioService.PostFormAsync(client, "/studio/afwijzing/nl", "/studio/afwijzing/nl/concept",
            new() { ["tekst"] = edited, ["opmerking"] = "een zin erbij" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = Assert.Single(await studio.DraftsAsync("voorbeeldstad"), d => d.Document == "afwijzing");
        Assert.Equal((edited, "nl", account.Id, "een zin erbij", TemplateVersionStates.Concept), (draft.Tekst, draft.Taal, draft.AuthorId, draft.Comment, draft.State));
        Assert.Contains("Deze zin is nieuw in het concept.", await client.GetStringAsync("/studio/afwijzing/nl", Ct));
        Assert.Equal(baseText, await File.ReadAllTextAsync(baseFile, Ct));
    }

    [Fact]
    public async Task One_municipality_sees_nothing_of_anothers_drafts_or_accounts()
    {
        await studio.AddAccountAsync("voorbeeldstad", "otto", StudioRole.Redacteur);
        await studio.AddAccountAsync("beemster", "pien", StudioRole.Beheerder);
        var voorbeeldstad = await studio.SignedInAsync("voorbeeldstad", "otto");
        var beemster = await studio.SignedInAsync("beemster", "pien");
        var edited = Toekenning.Replace("\n## ", "\nAlleen Voorbeeldstad schrijft deze zin.\n\n## ", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await StudioService.PostFormAsync(voorbeeldstad, "/studio/toekenning/nl", "/studio/toekenning/nl/concept",
            new() { ["tekst"] = edited, ["opmerking"] = "" })).StatusCode);

        var editor = await beemster.GetStringAsync("/studio/toekenning/nl", Ct);
        var accounts = await beemster.GetStringAsync("/studio/gebruikers", Ct);
        var overview = await beemster.GetStringAsync("/studio", Ct);

        Assert.DoesNotContain("Alleen Voorbeeldstad schrijft deze zin.", editor);
        Assert.DoesNotContain("otto", accounts);
        Assert.DoesNotContain("concept van", overview);
        Assert.Empty(await studio.DraftsAsync("beemster"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await StudioService.SignInAsync(studio.Client(), "beemster", "otto", StudioService.Password)).StatusCode);
    }

    [Fact]
    public async Task A_check_that_is_not_json_is_400()
    {
        await studio.AddAccountAsync("voorbeeldstad", "rosa", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("voorbeeldstad", "rosa");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/studio/toekenning/nl/controle") { Content = new StringContent("{\"tekst\": ", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("RequestVerificationToken", await StudioService.TokenAsync(client, "/studio/toekenning/nl"));

        var answer = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    [Fact]
    public async Task An_unknown_document_or_language_is_404()
    {
        await studio.AddAccountAsync("voorbeeldstad", "quinten", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("voorbeeldstad", "quinten");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/studio/bestaatniet/nl", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/studio/toekenning/xx", Ct)).StatusCode);
    }
}
