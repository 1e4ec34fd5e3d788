using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Smi.Docs.Server.Tests.Api;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// The service in memory with the studio's example cases and two municipalities, voorbeeldstad and beemster, and
/// accounts made the way <c>smi-docs users add</c> makes them.
/// </summary>
public sealed partial class StudioService : IAsyncLifetime
{
    public const string Password = "een lange zin als wachtwoord";

    public StudioService() : this(signInsPerMinute: 1000)
    {
    }

    /// <summary>A service of its own with another sign-in rate (<see cref="StudioRateTests"/>).</summary>
    public static StudioService WithSignInRate(int signInsPerMinute) => new(signInsPerMinute);

    /// <summary>A service of its own that prints PDF with a real Chromium (<see cref="StudioPdfTests"/>).</summary>
    public static StudioService WithPdf() => new(1000, pdf: true);

    /// <summary>A service of its own whose clock says <paramref name="today"/> (<see cref="StudioPublishBrowserTests"/>).</summary>
    public static StudioService OnFixedDay(DateTimeOffset today) => new(1000, clock: new TestService.FixedTime(today));

    private StudioService(int signInsPerMinute, bool pdf = false, TimeProvider? clock = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Smi:StudioCases"] = Path.Combine(RepoPaths.Root, "examples", "cases"),
            ["Smi:StudioAssets"] = Path.Combine(RepoPaths.Root, "studio", "dist"),
        };
        all["Smi:StudioSignInsPerMinute"] = signInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        all["Smi:Pdf"] = pdf ? "true" : "false";
        Service = new TestService(settings: all, clock: clock);
    }

    public TestService Service { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await Service.AddTenantAsync("voorbeeldstad");
        await Service.AddTenantAsync("beemster", profile: "beemster");
    }

    public async ValueTask DisposeAsync() => await Service.DisposeAsync();

    public async Task<StudioAccount> AddAccountAsync(string tenant, string naam, StudioRole rol, params string[] talen)
    {
        await using var database = await SmiDatabase.OpenAsync(Service.Storage, Ct);
        return (await new StudioAccountStore(database).AddAsync(tenant, naam, Password, rol, talen, Ct))!;
    }

    public async Task<IReadOnlyList<StoredTemplateVersion>> DraftsAsync(string tenant)
    {
        await using var database = await SmiDatabase.OpenAsync(Service.Storage, Ct);
        return await new TemplateVersionStore(database).DraftsAsync(tenant, Ct);
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (the tests look at them).</summary>
    public HttpClient Client() => Service.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in on a new client and returns it.</summary>
    public async Task<HttpClient> SignedInAsync(string tenant, string naam)
    {
        var client = Client();
        var answer = await SignInAsync(client, tenant, naam, Password);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string tenant, string naam, string password) =>
        await client.PostAsync("/studio/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(client, "/studio/inloggen"),
            ["gemeente"] = tenant,
            ["gebruikersnaam"] = naam,
            ["wachtwoord"] = password,
        }), Ct);

    /// <summary>The anti-forgery token of the form on <paramref name="page"/>, as a browser would send it back.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page, Ct);
        return WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields, bool withToken = true)
    {
        if (withToken)
        {
            fields["__RequestVerificationToken"] = await TokenAsync(client, formPage);
        }
        return await client.PostAsync(action, new FormUrlEncodedContent(fields), Ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
