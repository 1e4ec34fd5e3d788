using Smi.Docs.Server.Tests.Storage;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// Retention of online applications on SQLite and PostgreSQL (issue 17 point 4): a draft 7 days after its last save and a
/// taken application 30 days after it was taken are DELETEd (no row left, its code hash gone with it); a fresh draft, a
/// draft saved lately, an application taken recently and one still waiting for the municipality, however old, stay.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RetentionStoreTests(PostgresCluster postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.PostgreSql];

    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan DraftAge = TimeSpan.FromDays(7);
    private static readonly TimeSpan TakenAge = TimeSpan.FromDays(30);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Expired_drafts_and_taken_applications_are_deleted_and_the_rest_kept(StorageProvider provider)
    {
        await using var database = await SmiDatabase.OpenAsync(await FreshDatabase.LocationAsync(provider, postgres), Ct);
        await new TenantStore(database).AddAsync(new Tenant("voorbeeldstad", "Voorbeeldstad", "/p.yaml", null, Now), Ct);
        await new TenantStore(database).AddAsync(new Tenant("beemster", "Beemster", "/p.yaml", null, Now), Ct);
        var store = new ApplicationStore(database);

        await store.CreateAsync("voorbeeldstad", "oud-concept", "AAAA-AAAA-AAAA", "nl", "{\"bsn\":\"111222333\"}", Now.AddDays(-8), Ct);
        await store.CreateAsync("beemster", "vers-concept", "BBBB-BBBB-BBBB", "nl", "{}", Now.AddDays(-6), Ct);
        await store.CreateAsync("voorbeeldstad", "laat-bewaard", "CCCC-CCCC-CCCC", "nl", "{}", Now.AddDays(-20), Ct);
        await store.SaveDraftAsync("voorbeeldstad", "laat-bewaard", "nl", "{\"stap\":2}", Now.AddDays(-1), Ct);
        await CreateSentAsync(store, "beemster", "lang-wachtend", "DDDD-DDDD-DDDD", Now.AddDays(-400), takenAt: null);
        await CreateSentAsync(store, "voorbeeldstad", "lang-afgenomen", "EEEE-EEEE-EEEE", Now.AddDays(-60), takenAt: Now.AddDays(-31));
        await CreateSentAsync(store, "voorbeeldstad", "net-afgenomen", "FFFF-FFFF-FFFF", Now.AddDays(-60), takenAt: Now.AddDays(-29));

        var expired = await store.DeleteExpiredAsync(Now, DraftAge, TakenAge, Ct);
        var again = await store.DeleteExpiredAsync(Now, DraftAge, TakenAge, Ct);

        Assert.Equal((1, 1), (expired.Drafts, expired.Taken));
        Assert.Equal([("voorbeeldstad", "lang-afgenomen"), ("voorbeeldstad", "oud-concept")], expired.Removed.Select(r => (r.TenantId, r.Id)).Order());
        Assert.Equal((0, 0), (again.Drafts, again.Taken));
        // Gone from the table, not flagged: no row by id, nor by the code hash the parent's code would find.
        Assert.Equal(0, await ApplicationStoreTests.CountAsync(database, "SELECT COUNT(*) FROM applications WHERE id IN ('oud-concept', 'lang-afgenomen')"));
        Assert.Equal(0, await ApplicationStoreTests.CountAsync(database, $"SELECT COUNT(*) FROM applications WHERE code_hash IN ('{ApplicationStore.CodeHash("AAAA-AAAA-AAAA")}', '{ApplicationStore.CodeHash("EEEE-EEEE-EEEE")}')"));
        Assert.Equal(0, await ApplicationStoreTests.CountAsync(database, "SELECT COUNT(*) FROM applications WHERE antwoorden LIKE '%111222333%'"));
        Assert.Equal(["laat-bewaard", "lang-wachtend", "net-afgenomen", "vers-concept"], await IdsAsync(database));
    }

    /// <summary>A draft made at <paramref name="sentAt"/> and sent at once; taken at <paramref name="takenAt"/> when given.</summary>
    private static async Task CreateSentAsync(ApplicationStore store, string tenant, string id, string code, DateTimeOffset sentAt, DateTimeOffset? takenAt)
    {
        await store.CreateAsync(tenant, id, code, "nl", "{}", sentAt, Ct);
        Assert.True(await store.SendAsync(tenant, id, "{}", "{}", sentAt, Ct));
        if (takenAt is { } at)
        {
            Assert.True(await store.MarkTakenAsync(tenant, id, "{}", at, Ct));
        }
    }

    private static async Task<List<string>> IdsAsync(SmiDatabase database)
    {
        await using var connection = await database.ConnectAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM applications ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var ids = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }
}
