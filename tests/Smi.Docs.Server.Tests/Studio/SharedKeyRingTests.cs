using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Smi.Docs.Server.Tests.Api;
using Smi.Docs.Server.Tests.Storage;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// Data Protection's keys live in the database (migration 0006): a studio session signed in on one instance is valid
/// on another instance on the same database, and on the same instance after a restart; on another database it is not.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SharedKeyRingTests(PostgresCluster postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.PostgreSql];

    private static TestService Instance(StorageLocation storage) => new(storage, new Dictionary<string, string?> { ["Smi:Pdf"] = "false" });

    /// <summary>Signs in by hand, without a cookie jar, and returns the Cookie header a browser would send afterwards.</summary>
    private static async Task<string> SignInAsync(TestService service)
    {
        var client = service.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/studio/inloggen", Ct);
        var antiforgery = Cookies(page);
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(Ct), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/studio/inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["gemeente"] = "voorbeeldstad",
                ["gebruikersnaam"] = "lotte",
                ["wachtwoord"] = StudioService.Password,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await client.SendAsync(post, Ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return Cookies(signedIn);
    }

    private static string Cookies(HttpResponseMessage answer) =>
        string.Join("; ", answer.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    private static async Task<HttpStatusCode> OverviewAsync(TestService service, string cookies)
    {
        var client = service.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/studio");
        request.Headers.Add("Cookie", cookies);
        return (await client.SendAsync(request, Ct)).StatusCode;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_session_from_one_instance_is_valid_on_another_on_the_same_database_and_not_elsewhere(StorageProvider provider)
    {
        var storage = await FreshDatabase.LocationAsync(provider, postgres);
        await using var first = Instance(storage);
        await first.AddTenantAsync("voorbeeldstad");
        await using (var database = await SmiDatabase.OpenAsync(storage, Ct))
        {
            await new StudioAccountStore(database).AddAsync("voorbeeldstad", "lotte", StudioService.Password, StudioRole.Redacteur, [], Ct);
        }
        var cookies = await SignInAsync(first);

        await using var second = Instance(storage);
        await using var elsewhere = Instance(await FreshDatabase.LocationAsync(provider, postgres));
        await elsewhere.AddTenantAsync("voorbeeldstad");

        Assert.Equal(HttpStatusCode.OK, await OverviewAsync(first, cookies));
        Assert.Equal(HttpStatusCode.OK, await OverviewAsync(second, cookies));
        // Another database has other keys: the same cookie is no session there (sent to sign in).
        Assert.Equal(HttpStatusCode.Redirect, await OverviewAsync(elsewhere, cookies));
    }
}
