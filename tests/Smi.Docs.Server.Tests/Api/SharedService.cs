namespace Smi.Docs.Server.Tests.Api;

/// <summary>One service for a test class, with two tenants: voorbeeldstad and beemster, each with its own profile and key.</summary>
public sealed class SharedService : IAsyncLifetime
{
    public TestService Service { get; } = new();

    public string VoorbeeldstadKey { get; private set; } = "";

    public string BeemsterKey { get; private set; } = "";

    public HttpClient Voorbeeldstad => Service.ClientWith(VoorbeeldstadKey);

    public HttpClient Beemster => Service.ClientWith(BeemsterKey);

    public async ValueTask InitializeAsync()
    {
        VoorbeeldstadKey = await Service.AddTenantAsync("voorbeeldstad");
        BeemsterKey = await Service.AddTenantAsync("beemster", profile: "beemster");
    }

    public async ValueTask DisposeAsync() => await Service.DisposeAsync();
}
