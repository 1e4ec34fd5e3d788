using Smi.Docs.Server.Tests.Storage;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// Tenants' webhooks on SQLite and PostgreSQL (migration 0007): set again, the url and secret are replaced (one row per
/// tenant); an unknown tenant gets none; only https, or http to 127.0.0.1, is taken.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WebhookStoreTests(PostgresCluster postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_webhook_is_set_replaced_and_removed_per_tenant(StorageProvider provider)
    {
        await using var database = await SmiDatabase.OpenAsync(await FreshDatabase.LocationAsync(provider, postgres), Ct);
        await new TenantStore(database).AddAsync(new Tenant("voorbeeldstad", "Voorbeeldstad", "/p.yaml", null, DateTimeOffset.UtcNow), Ct);
        var store = new WebhookStore(database);

        var first = await store.SetAsync("voorbeeldstad", "https://zaken.voorbeeldstad.example/smi", Ct);
        var second = await store.SetAsync("voorbeeldstad", "http://127.0.0.1:9/smi", Ct);
        var unknown = await store.SetAsync("nergensdorp", "https://nergensdorp.example/smi", Ct);
        var found = await store.FindAsync("voorbeeldstad", Ct);
        var removed = await store.RemoveAsync("voorbeeldstad", Ct);
        var removedTwice = await store.RemoveAsync("voorbeeldstad", Ct);

        Assert.NotEqual(first!.Secret, second!.Secret);
        Assert.Matches("^whsec_[0-9a-f]{64}$", second.Secret);
        Assert.Equal(("http://127.0.0.1:9/smi", second.Secret), (found!.Url, found.Secret));
        Assert.Null(unknown);
        Assert.Equal((true, false), (removed, removedTwice));
        Assert.Null(await store.FindAsync("voorbeeldstad", Ct));
        foreach (var url in new[] { "http://zaken.example/smi", "http://localhost/smi", "ftp://127.0.0.1/smi", "https://gebruiker:wachtwoord@zaken.example/smi", "zaken.example/smi" })
        {
            Assert.False(WebhookStore.IsAllowedUrl(url), url);
            await Assert.ThrowsAsync<ArgumentException>(() => store.SetAsync("voorbeeldstad", url, Ct));
        }
    }
}
