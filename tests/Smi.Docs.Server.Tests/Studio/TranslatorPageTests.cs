using System.Net;
using System.Text.RegularExpressions;
using Smi.Docs.Diagnostics;
using Smi.Docs.Localization;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// The translators' view (issue 16 point 6) and the vertaler's rights (point 8): segments side by side with the codes
/// kept by the server, a save that refuses broken codes at their segment, the status stored in the draft, changed
/// Dutch lines marked, and only one's own languages.
/// </summary>
public sealed partial class TranslatorPageTests(StudioService studio) : IClassFixture<StudioService>
{
    private const string Page = "/studio/toekenning/en/vertalen";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A municipality of its own (the national set), so drafts of one test never show in another.</summary>
    private async Task<(string Tenant, HttpClient Client)> SignedInAsync(StudioRole rol, params string[] talen)
    {
        var tenant = "t" + Guid.NewGuid().ToString("N")[..10];
        await studio.Service.AddTenantAsync(tenant);
        await studio.AddAccountAsync(tenant, "vera", rol, talen);
        return (tenant, await studio.SignedInAsync(tenant, "vera"));
    }

    private static async Task<Dictionary<string, string>> FormAsync(HttpClient client, string page = Page)
    {
        var html = await client.GetStringAsync(page, Ct);
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Field("__RequestVerificationToken").Match(html).Groups[1].Value),
            ["basis"] = Field("basis").Match(html).Groups[1].Value,
        };
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> fields, string page = Page) =>
        client.PostAsync(page, new FormUrlEncodedContent(fields), Ct);

    [Fact]
    public async Task The_Dutch_and_the_translation_stand_side_by_side_with_the_codes_as_chips_outside_the_fields()
    {
        var (_, client) = await SignedInAsync(StudioRole.Vertaler, "en");

        var answer = await client.GetAsync(Page, Ct);
        var html = await answer.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Segment 1: Titel", html);
        Assert.Contains("Segment 4: Alinea 2", html);
        // Segment 4 is "We received your application on {{ datum brief.aanvraagdatum }}. You asked …": two fields around one chip.
        Assert.Contains("value=\"We received your application on \"", html);
        Assert.Matches("id=\"s4-0\"[^>]*>(?:\n)?<span class=\"studio-chip\" translate=\"no\" dir=\"ltr\">\\{\\{ datum brief.aanvraagdatum \\}\\}</span>", html);
        Assert.DoesNotContain("{{ datum brief.aanvraagdatum }}</textarea>", html);
        Assert.Contains("<option value=\"machinevertaling\" selected>", html);
        Assert.DoesNotContain("studio-line--changed", html);
    }

    [Fact]
    public async Task A_vertaler_opens_and_saves_only_his_own_languages_and_never_the_Dutch()
    {
        var (tenant, client) = await SignedInAsync(StudioRole.Vertaler, "en");
        var form = await FormAsync(client);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/studio/toekenning/ar/vertalen", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, new(form) { ["s4-0"] = "x" }, "/studio/toekenning/ar/vertalen")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/studio/toekenning/ar/xliff", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/studio/toekenning/nl/vertalen", Ct)).StatusCode);
        // The Dutch editor refuses the vertaler's save as well: the Dutch is the binding text (Awb 2:6).
        var dutchSave = await PostAsync(client, new(form) { ["tekst"] = "---\ntitel: x\n---\nx\n" }, "/studio/toekenning/nl/concept");
        Assert.Equal(HttpStatusCode.Forbidden, dutchSave.StatusCode);
        Assert.Empty(await studio.DraftsAsync(tenant));
    }

    [Fact]
    public async Task A_redacteur_may_use_the_translators_view_which_has_no_Dutch_page()
    {
        var (_, client) = await SignedInAsync(StudioRole.Redacteur);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/studio/toekenning/ar/vertalen", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/studio/toekenning/nl/vertalen", Ct)).StatusCode);
        Assert.Contains("href=\"/studio/toekenning/ar/vertalen\"", await client.GetStringAsync("/studio", Ct));
    }

    [Fact]
    public async Task Saving_changes_only_the_words_between_the_codes_and_stores_the_status_in_the_draft()
    {
        var (tenant, client) = await SignedInAsync(StudioRole.Vertaler, "en");
        var form = await FormAsync(client);
        form["s4-0"] = "Your application reached us on ";
        form["status"] = "vertaald";
        form["opmerking"] = "eerste alinea";

        var answer = await PostAsync(client, form);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var draft = Assert.Single(await studio.DraftsAsync(tenant));
        var file = File.ReadAllText(Path.Combine(RepoPaths.Root, "locales", "en", "toekenning", "toekenning.sbn-md"));
        var expected = file.Replace("We received your application on {{ datum brief.aanvraagdatum }}", "Your application reached us on {{ datum brief.aanvraagdatum }}", StringComparison.Ordinal)
            .Replace("\nstatus: machinevertaling\n", "\nstatus: vertaald\n", StringComparison.Ordinal);
        Assert.NotEqual(file, expected);
        Assert.Equal(expected, draft.Tekst);
        Assert.Equal(("en", "eerste alinea"), (draft.Taal, draft.Comment));
        Assert.Contains("<option value=\"vertaald\" selected>", await client.GetStringAsync(Page, Ct));
    }

    [Fact]
    public async Task Inside_a_loop_the_lines_the_loop_tags_stand_on_stay_as_they_were()
    {
        var (tenant, client) = await SignedInAsync(StudioRole.Vertaler, "en");
        var html = await client.GetStringAsync(Page, Ct);
        // Segment 7 is "{{~ for kind in kinderen ~}}", a line break, "- **{{ kind.naam }}**, born on {{ datum … }}: …", a line break, "{{~ end ~}}".
        Assert.Contains("value=\"**, born on \"", html);
        Assert.Contains("value=\"- **\"", html);
        var form = await FormAsync(client);
        form["s7-2"] = "**, date of birth ";

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, form)).StatusCode);

        var file = File.ReadAllText(Path.Combine(RepoPaths.Root, "locales", "en", "toekenning", "toekenning.sbn-md"));
        Assert.Equal(file.Replace("{{~ for kind in kinderen ~}}\n- **{{ kind.naam }}**, born on {{ datum kind.geboortedatum }}",
            "{{~ for kind in kinderen ~}}\n- **{{ kind.naam }}**, date of birth {{ datum kind.geboortedatum }}", StringComparison.Ordinal),
            Assert.Single(await studio.DraftsAsync(tenant)).Tekst);
    }

    [Fact]
    public async Task Braces_typed_into_a_field_are_refused_at_their_segment_and_nothing_is_saved()
    {
        var (tenant, client) = await SignedInAsync(StudioRole.Vertaler, "en");
        var form = await FormAsync(client);
        form["s4-0"] = "We received your application on {{ brief.zaaknummer }} ";

        var answer = await PostAsync(client, form);
        var html = await answer.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Contains($"error {LocalizationCodes.SegmentCodes.Id}: segment 4 (p2): &#x27;{{{{&#x27; or &#x27;}}}}&#x27; typed into the text", html);
        Assert.Contains("locales/en/toekenning/toekenning.sbn-md(11,1)", html);
        // What the translator typed is still in the field.
        Assert.Contains("brief.zaaknummer", html);
        Assert.Empty(await studio.DraftsAsync(tenant));
    }

    [Fact]
    public async Task A_blank_line_typed_into_a_paragraph_is_refused_at_its_segment()
    {
        var (tenant, client) = await SignedInAsync(StudioRole.Vertaler, "en");
        var form = await FormAsync(client);
        form["s4-0"] = "We received\n\nyour application on ";

        var answer = await PostAsync(client, form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Contains("segment 4 (p2): a paragraph cannot be empty or contain a blank line", await answer.Content.ReadAsStringAsync(Ct));
        Assert.Empty(await studio.DraftsAsync(tenant));
    }

    [Fact]
    public async Task A_page_older_than_the_draft_is_refused_instead_of_mixing_two_texts()
    {
        var (tenant, client) = await SignedInAsync(StudioRole.Vertaler, "en");
        var old = await FormAsync(client);
        var first = await FormAsync(client);
        first["s4-0"] = "Your application reached us on ";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, first)).StatusCode);

        old["s4-0"] = "We got your application on ";
        var answer = await PostAsync(client, old);

        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        Assert.Contains("Your application reached us on", Assert.Single(await studio.DraftsAsync(tenant)).Tekst);
    }

    [Fact]
    public async Task A_save_without_the_anti_forgery_token_does_nothing()
    {
        var (tenant, client) = await SignedInAsync(StudioRole.Vertaler, "en");
        var form = await FormAsync(client);
        form.Remove("__RequestVerificationToken");
        form["s4-0"] = "Your application reached us on ";

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, form)).StatusCode);
        Assert.Empty(await studio.DraftsAsync(tenant));
    }

    [Fact]
    public async Task Dutch_lines_changed_since_the_translation_was_marked_updated_say_gewijzigd_until_it_is_marked_again()
    {
        using var set = await TranslatorTemplateSet.WithChangedDutchAsync(Ct);
        var tenant = "eigen" + Guid.NewGuid().ToString("N")[..8];
        await studio.Service.AddTenantAsync(tenant, templates: set.Templates);
        await studio.AddAccountAsync(tenant, "vera", StudioRole.Vertaler, "en");
        var client = await studio.SignedInAsync(tenant, "vera");

        var html = await client.GetStringAsync(Page, Ct);

        // The sentence is in the Dutch paragraph of segment 4 (p2); that segment and only that one is marked, in words.
        var changed = ChangedSegment().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["4"], changed);
        Assert.Matches("<p class=\"studio-line studio-line--changed\"><mark><span class=\"studio-changed\">gewijzigd</span> Op <span class=\"studio-chip\"[^>]*>\\{\\{ datum brief.aanvraagdatum \\}\\}</span> hebben wij [^<]*Wij hebben uw aanvraag goed bekeken", html);

        var form = await FormAsync(client);
        form["bijgewerkt"] = "ja";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, form)).StatusCode);

        var current = SourceHash.Of(await File.ReadAllBytesAsync(set.Toekenning, Ct));
        Assert.Contains($"\nbronHash: {current}\n", Assert.Single(await studio.DraftsAsync(tenant)).Tekst);
        Assert.DoesNotContain("studio-segment--changed", await client.GetStringAsync(Page, Ct));
    }

    private static Regex Field(string name) => new($"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");

    [GeneratedRegex("<section class=\"studio-segment studio-segment--changed\" id=\"segment-(\\d+)\"")]
    private static partial Regex ChangedSegment();
}
