using Smi.Docs.Server.Tests.Storage;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// Online applications on SQLite and PostgreSQL: a draft is found by its resume code (only its hash is stored), saved as
/// the parent goes, sent once, then taken once; a tenant sees only its own.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ApplicationStoreTests(PostgresCluster postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.PostgreSql];

    private static readonly DateTimeOffset Start = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_draft_is_resumed_by_its_code_sent_once_and_taken_once(StorageProvider provider)
    {
        await using var database = await SmiDatabase.OpenAsync(await FreshDatabase.LocationAsync(provider, postgres), Ct);
        await new TenantStore(database).AddAsync(new Tenant("voorbeeldstad", "Voorbeeldstad", "/p.yaml", null, Start), Ct);
        await new TenantStore(database).AddAsync(new Tenant("beemster", "Beemster", "/p.yaml", null, Start), Ct);
        var store = new ApplicationStore(database);

        await store.CreateAsync("voorbeeldstad", "AV-1", "K7P3-9QXM-2D4H", "ar", "{\"stap\":1}", Start, Ct);
        var typedAgain = await store.FindByCodeAsync("voorbeeldstad", "k7p3 9qxm 2d4h", Ct);
        var saved = await store.SaveDraftAsync("voorbeeldstad", "AV-1", "nl", "{\"stap\":2}", Start.AddMinutes(5), Ct);
        var sent = await store.SendAsync("voorbeeldstad", "AV-1", "{\"stap\":3}", "{\"zaaknummer\":\"AV-1\"}", Start.AddMinutes(9), Ct);
        var sentTwice = await store.SendAsync("voorbeeldstad", "AV-1", "{}", "{}", Start.AddMinutes(10), Ct);
        var savedAfterSending = await store.SaveDraftAsync("voorbeeldstad", "AV-1", "nl", "{}", Start.AddMinutes(11), Ct);
        var waiting = await store.ListAsync("voorbeeldstad", ApplicationStore.New, 10, Ct);
        var otherTenant = (await store.FindAsync("beemster", "AV-1", Ct), await store.FindByCodeAsync("beemster", "K7P3-9QXM-2D4H", Ct), await store.MarkTakenAsync("beemster", "AV-1", "{}", Start, Ct));
        var taken = await store.MarkTakenAsync("voorbeeldstad", "AV-1", "{\"zonder\":\"bsn\"}", Start.AddDays(1), Ct);
        var takenTwice = await store.MarkTakenAsync("voorbeeldstad", "AV-1", "{}", Start.AddDays(2), Ct);
        var after = await store.FindAsync("voorbeeldstad", "AV-1", Ct);

        Assert.Equal(("AV-1", ApplicationStore.Draft, "ar"), (typedAgain!.Id, typedAgain.Status, typedAgain.Taal));
        Assert.True(saved);
        Assert.True(sent);
        Assert.False(sentTwice);
        Assert.False(savedAfterSending);
        var one = Assert.Single(waiting);
        Assert.Equal(("{\"stap\":3}", "{\"zaaknummer\":\"AV-1\"}", Start.AddMinutes(9), "nl"), (one.Antwoorden, one.Zaak, one.OntvangenAt!.Value, one.Taal));
        Assert.Equal((null, null, false), otherTenant);
        Assert.True(taken);
        Assert.False(takenTwice);
        Assert.Equal((ApplicationStore.Taken, "{\"zonder\":\"bsn\"}", Start.AddDays(1)), (after!.Status, after.Antwoorden, after.AfgenomenAt!.Value));
        Assert.Empty(await store.ListAsync("voorbeeldstad", ApplicationStore.New, 10, Ct));
        Assert.Equal(0, await CountAsync(database, "SELECT COUNT(*) FROM applications WHERE code_hash LIKE '%K7P3%'"));
    }

    internal static async Task<long> CountAsync(SmiDatabase database, string sql)
    {
        await using var connection = await database.ConnectAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct));
    }
}
