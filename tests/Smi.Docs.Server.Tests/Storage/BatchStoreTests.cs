using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Storage;

/// <summary>
/// Batches in the database on SQLite and PostgreSQL: an item's result counts once however often it is made (an instance
/// that died may have made it before another took it again), its case goes when it is made, and retention removes a
/// batch whole.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BatchStoreTests(PostgresCluster postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.PostgreSql];

    private static readonly DateTimeOffset Sent = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_item_made_by_two_instances_is_recorded_once_and_its_case_is_emptied(StorageProvider provider)
    {
        await using var database = await SmiDatabase.OpenAsync(await FreshDatabase.LocationAsync(provider, postgres), Ct);
        var store = await StoreWithTenantAsync(database);
        var batch = await store.CreateAsync(Batch("b1", Sent.AddDays(7)), Items(4), Ct);

        var takenByA = await store.TakeAsync("b1", 0, 2, "instance-a", Ct);
        var first = await store.CompleteAsync("b1", 0, Result("instance-a"), Ct);
        var again = await store.CompleteAsync("b1", 0, Result("instance-b"), Ct);
        // Two instances finishing the same item at the same moment: one wins.
        var race = await Task.WhenAll(store.CompleteAsync("b1", 1, Result("instance-a"), Ct), store.CompleteAsync("b1", 1, Result("instance-b"), Ct));
        var takenByB = await store.TakeAsync("b1", 0, 4, "instance-b", Ct);
        var items = await ToListAsync(store.ItemsAsync("b1", Ct));

        Assert.Equal(4, batch.Total);
        Assert.Equal([0, 1], takenByA.Select(i => i.Ordinal));
        Assert.Equal("{\"zaaknummer\":\"Z-0\"}"u8.ToArray(), takenByA[0].Invoer);
        Assert.True(first);
        Assert.False(again);
        Assert.Single(race, won => won);
        Assert.Equal([2, 3], takenByB.Select(i => i.Ordinal));
        Assert.Equal(new BatchCounts(4, 2, 2, 0), await store.CountAsync("b1", Ct));
        Assert.Equal("instance-a", items[0].GemaaktDoor);
        Assert.Equal(["toekenning.html"], items[0].Files.Select(f => f.Naam));
        Assert.Equal(["toekenning.html"], items[1].Files.Select(f => f.Naam));
        Assert.Equal(2, (await new AuditTrail(database).ListAsync("voorbeeldstad", cancellationToken: Ct)).Count);
        Assert.Equal(0, await CountAsync(database, "SELECT COUNT(*) FROM batch_items WHERE invoer IS NOT NULL AND status <> 'wacht'"));
        Assert.Equal(2, await CountAsync(database, "SELECT COUNT(*) FROM batch_files"));
        var contents = await ToListAsync(store.FilesAsync("b1", Ct));
        Assert.Equal([("regel-1", "toekenning.html"), ("regel-2", "toekenning.html")], contents.Select(c => (c.Item, c.File)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Retention_removes_an_expired_batch_whole_and_a_tenant_sees_only_its_own(StorageProvider provider)
    {
        await using var database = await SmiDatabase.OpenAsync(await FreshDatabase.LocationAsync(provider, postgres), Ct);
        var store = await StoreWithTenantAsync(database);
        await new TenantStore(database).AddAsync(new Tenant("beemster", "Beemster", "/p.yaml", null, Sent), Ct);
        await store.CreateAsync(Batch("oud", Sent.AddDays(1)), Items(2), Ct);
        await store.CreateAsync(Batch("nieuw", Sent.AddDays(30)), Items(1), Ct);
        await store.CompleteAsync("oud", 0, Result("a"), Ct);

        var removed = await store.DeleteExpiredAsync(Sent.AddDays(2), Ct);

        Assert.Equal(1, removed);
        Assert.Null(await store.FindAsync("voorbeeldstad", "oud", Ct));
        Assert.NotNull(await store.FindAsync("voorbeeldstad", "nieuw", Ct));
        Assert.Null(await store.FindAsync("beemster", "nieuw", Ct));
        Assert.Empty(await store.ListAsync("beemster", 10, Ct));
        Assert.Equal(1, await CountAsync(database, "SELECT COUNT(*) FROM batch_items"));
        Assert.Equal(0, await CountAsync(database, "SELECT COUNT(*) FROM batch_files"));
        Assert.False(await store.DeleteAsync("beemster", "nieuw", Ct));
        Assert.True(await store.DeleteAsync("voorbeeldstad", "nieuw", Ct));
        Assert.Equal(0, await CountAsync(database, "SELECT COUNT(*) FROM batch_items"));
    }

    private static async Task<BatchStore> StoreWithTenantAsync(SmiDatabase database)
    {
        await new TenantStore(database).AddAsync(new Tenant("voorbeeldstad", "Voorbeeldstad", "/p.yaml", null, Sent), Ct);
        return new BatchStore(database);
    }

    private static StoredBatch Batch(string id, DateTimeOffset keepUntil) => new(id, "voorbeeldstad", "k1", Sent, keepUntil, "toekenning", "nl", "html", 0);

    private static async IAsyncEnumerable<NewBatchItem> Items(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new NewBatchItem(i, $"regel-{i + 1}", $"batch.jsonl:{i + 1}", System.Text.Encoding.UTF8.GetBytes($"{{\"zaaknummer\":\"Z-{i}\"}}"), null);
        }
    }

    private static BatchItemResult Result(string instance) => new(
        true, "Z", "toekenning", "nl", null, instance, [new StoredBatchFile("toekenning.html", [1, 2, 3], "039058c6", 3, null)],
        new AuditEntry(Guid.NewGuid().ToString("N"), "voorbeeldstad", "k1", Sent, "Z", "toekenning", "nl", "html", "v1", "039058c6", 5, "ok", 200));

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }
        return list;
    }

    private static async Task<long> CountAsync(SmiDatabase database, string sql)
    {
        await using var connection = await database.ConnectAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
