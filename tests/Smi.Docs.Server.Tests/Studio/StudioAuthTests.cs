using System.Net;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>Signing in to the studio: the cookie, wrong passwords, the lock-out, the rate, anti-forgery and roles (issue 16 point 8).</summary>
public sealed class StudioAuthTests(StudioService studio) : IClassFixture<StudioService>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_signing_in_the_studio_sends_you_to_the_sign_in_page()
    {
        var answer = await studio.Client().GetAsync("/studio", Ct);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/studio/inloggen", answer.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_right_password_gives_an_http_only_strict_cookie_and_the_overview()
    {
        await studio.AddAccountAsync("voorbeeldstad", "anna", StudioRole.Redacteur);
        var client = studio.Client();

        var answer = await StudioService.SignInAsync(client, "voorbeeldstad", "anna", StudioService.Password);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var cookie = Assert.Single(answer.Headers.GetValues("Set-Cookie"), c => c.StartsWith("smi-studio=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/studio", cookie, StringComparison.OrdinalIgnoreCase);
        var overview = await client.GetStringAsync("/studio", Ct);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Overzicht</h1>", overview);
        Assert.Contains("/studio/toekenning/nl", overview);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_refusal()
    {
        await studio.AddAccountAsync("voorbeeldstad", "bert", StudioRole.Redacteur);
        var client = studio.Client();

        var wrongPassword = await StudioService.SignInAsync(client, "voorbeeldstad", "bert", "niet het goede wachtwoord");
        var unknownName = await StudioService.SignInAsync(client, "voorbeeldstad", "niemand", StudioService.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownName.StatusCode);
        Assert.DoesNotContain(wrongPassword.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("smi-studio=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/studio", Ct)).StatusCode);
    }

    [Fact]
    public async Task After_five_wrong_passwords_even_the_right_one_is_refused()
    {
        await studio.AddAccountAsync("voorbeeldstad", "carla", StudioRole.Redacteur);
        var client = studio.Client();
        for (var attempt = 0; attempt < StudioAccountStore.MaxFailedSignIns; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await StudioService.SignInAsync(client, "voorbeeldstad", "carla", $"fout wachtwoord {attempt}")).StatusCode);
        }

        var answer = await StudioService.SignInAsync(client, "voorbeeldstad", "carla", StudioService.Password);

        Assert.Equal(HttpStatusCode.Locked, answer.StatusCode);
        Assert.Contains("over 15 minuten", await answer.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused_and_changes_nothing()
    {
        await studio.AddAccountAsync("voorbeeldstad", "dirk", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("voorbeeldstad", "dirk");
        var before = (await studio.DraftsAsync("voorbeeldstad")).Count;

        var draft = await StudioService.PostFormAsync(client, "/studio/toekenning/nl", "/studio/toekenning/nl/concept",
            new() { ["tekst"] = "---\ntitel: t\nonderwerp: o\n---\n# Kop\n\nKorte zin.\n" }, withToken: false);
        var signIn = await client.PostAsync("/studio/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["gemeente"] = "voorbeeldstad", ["gebruikersnaam"] = "dirk", ["wachtwoord"] = StudioService.Password,
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, draft.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(before, (await studio.DraftsAsync("voorbeeldstad")).Count);
    }

    [Fact]
    public async Task A_redacteur_cannot_reach_the_beheerders_accounts_page()
    {
        await studio.AddAccountAsync("voorbeeldstad", "eva", StudioRole.Redacteur);
        var client = await studio.SignedInAsync("voorbeeldstad", "eva");

        var page = await client.GetAsync("/studio/gebruikers", Ct);
        var add = await StudioService.PostFormAsync(client, "/studio", "/studio/gebruikers",
            new() { ["gebruikersnaam"] = "indringer", ["rol"] = "beheerder", ["wachtwoord"] = StudioService.Password });

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await StudioService.SignInAsync(studio.Client(), "voorbeeldstad", "indringer", StudioService.Password)).StatusCode);
    }

    [Fact]
    public async Task A_beheerder_adds_an_account_that_can_then_sign_in()
    {
        await studio.AddAccountAsync("voorbeeldstad", "frank", StudioRole.Beheerder);
        var client = await studio.SignedInAsync("voorbeeldstad", "frank");

        var add = await StudioService.PostFormAsync(client, "/studio/gebruikers", "/studio/gebruikers",
            new() { ["gebruikersnaam"] = "gerda", ["rol"] = "vertaler", ["talen"] = "en, ar", ["wachtwoord"] = StudioService.Password });

        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StudioService.SignInAsync(studio.Client(), "voorbeeldstad", "gerda", StudioService.Password)).StatusCode);
    }

    [Fact]
    public async Task A_vertaler_edits_its_own_languages_and_not_the_Dutch()
    {
        await studio.AddAccountAsync("voorbeeldstad", "hans", StudioRole.Vertaler, "en");
        var client = await studio.SignedInAsync("voorbeeldstad", "hans");

        var english = await client.GetAsync("/studio/toekenning/en", Ct);
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        // The links to the same letter in other languages offer only what this account may edit: none here.
        Assert.DoesNotContain("href=\"/studio/toekenning/nl\"", await english.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/studio/toekenning/nl", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/studio/toekenning/ar", Ct)).StatusCode);
    }

    [Fact]
    public async Task No_log_line_holds_a_password_or_a_template_text()
    {
        await studio.AddAccountAsync("voorbeeldstad", "ivo", StudioRole.Redacteur);
        const string wrong = "Zeldzaam-Fout-Wachtwoord-7731";
        const string marker = "Zeldzame zin in het sjabloon 9921.";
        var client = studio.Client();
        await StudioService.SignInAsync(client, "voorbeeldstad", "ivo", wrong);
        await StudioService.SignInAsync(client, "voorbeeldstad", "ivo", StudioService.Password);
        await StudioService.PostFormAsync(client, "/studio/toekenning/nl", "/studio/toekenning/nl/concept", new() { ["tekst"] = marker + "\n{{ x }}", ["opmerking"] = marker });

        Assert.NotEmpty(studio.Service.Logs.Lines);
        Assert.DoesNotContain(studio.Service.Logs.Lines, line =>
            line.Contains(wrong, StringComparison.Ordinal) || line.Contains(StudioService.Password, StringComparison.Ordinal) || line.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_studio_page_has_a_policy_that_loads_nothing_from_outside()
    {
        var answer = await studio.Client().GetAsync("/studio/inloggen", Ct);

        var policy = answer.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("http", policy);
        Assert.Equal("nosniff", answer.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
