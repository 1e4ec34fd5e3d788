using System.Data.Common;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Storage;

/// <summary>
/// Tenants, keys and the audit trail on both databases with the same migrations: every test runs on SQLite and on a
/// real PostgreSQL cluster (<see cref="PostgresCluster"/>).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StorageTests(PostgresCluster postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.PostgreSql];

    private async Task<SmiDatabase> OpenAsync(StorageProvider provider) =>
        await SmiDatabase.OpenAsync(await FreshDatabase.LocationAsync(provider, postgres), Ct);

    private static Tenant Tenant(string id) => new(id, $"Gemeente {id}", $"/profielen/{id}.yaml", null, DateTimeOffset.UtcNow);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrations_are_applied_once_and_recorded(StorageProvider provider)
    {
        var location = await FreshDatabase.LocationAsync(provider, postgres);
        await (await SmiDatabase.OpenAsync(location, Ct)).DisposeAsync();
        await using var database = await SmiDatabase.OpenAsync(location, Ct);

        await using var connection = await database.ConnectAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_migrations ORDER BY version";
        var versions = new List<long>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                versions.Add(Convert.ToInt64(reader.GetValue(0)));
            }
        }
        Assert.Equal(MigrationRunner.Available.Select(m => (long)m.Version), versions);
        Assert.True(await database.AnswersAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Instances_that_start_together_migrate_once(StorageProvider provider)
    {
        var location = await FreshDatabase.LocationAsync(provider, postgres);

        var databases = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SmiDatabase.OpenAsync(location, Ct), Ct)));

        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }
        await using var opened = await SmiDatabase.OpenAsync(location, Ct);
        Assert.True(await new TenantStore(opened).AddAsync(Tenant("beemster"), Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_tenant_is_added_once_and_read_back(StorageProvider provider)
    {
        await using var database = await OpenAsync(provider);
        var tenants = new TenantStore(database);

        Assert.True(await tenants.AddAsync(Tenant("beemster") with { TemplatesPath = "/sjablonen/beemster" }, Ct));
        Assert.False(await tenants.AddAsync(Tenant("beemster"), Ct));
        Assert.True(await tenants.AddAsync(Tenant("aadorp"), Ct));

        var found = await tenants.FindAsync("beemster", Ct);
        Assert.NotNull(found);
        Assert.Equal("/profielen/beemster.yaml", found.ProfilePath);
        Assert.Equal("/sjablonen/beemster", found.TemplatesPath);
        Assert.Equal(["aadorp", "beemster"], (await tenants.ListAsync(Ct)).Select(t => t.Id));
        Assert.Null(await tenants.FindAsync("rivierenland", Ct));
    }

    [Theory]
    [InlineData("Beemster")]
    [InlineData("")]
    [InlineData("-a")]
    [InlineData("a b")]
    [InlineData("a/../b")]
    public void A_tenant_id_is_lower_case_letters_digits_and_hyphens(string id) => Assert.False(TenantStore.IsValidId(id));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_key_is_found_by_its_secret_only_its_hash_is_stored_and_revoking_stops_it(StorageProvider provider)
    {
        await using var database = await OpenAsync(provider);
        await new TenantStore(database).AddAsync(Tenant("beemster"), Ct);
        var keys = new ApiKeyStore(database);

        var created = await keys.CreateAsync("beemster", Ct);

        Assert.NotNull(created);
        Assert.StartsWith($"smi_{created.Key.KeyId}_", created.Secret);
        // 32 random bytes in base64url are 43 characters.
        Assert.Equal(43, created.Secret.Length - $"smi_{created.Key.KeyId}_".Length);
        Assert.Equal("beemster", (await keys.FindBySecretAsync(created.Secret, Ct))?.TenantId);
        Assert.Null(await keys.FindBySecretAsync(created.Secret + "x", Ct));
        Assert.DoesNotContain(created.Secret, await AllTextAsync(database, "api_keys"));
        Assert.Contains(ApiKeyStore.Hash(created.Secret), await AllTextAsync(database, "api_keys"));

        Assert.True(await keys.RevokeAsync(created.Key.KeyId, Ct));
        Assert.False(await keys.RevokeAsync(created.Key.KeyId, Ct));
        Assert.True((await keys.FindBySecretAsync(created.Secret, Ct))?.Revoked);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_keys_differ_and_a_key_for_an_unknown_tenant_is_not_made(StorageProvider provider)
    {
        await using var database = await OpenAsync(provider);
        await new TenantStore(database).AddAsync(Tenant("beemster"), Ct);
        var keys = new ApiKeyStore(database);

        var first = await keys.CreateAsync("beemster", Ct);
        var second = await keys.CreateAsync("beemster", Ct);

        Assert.NotEqual(first!.Secret, second!.Secret);
        Assert.NotEqual(first.Key.KeyId, second.Key.KeyId);
        Assert.Null(await keys.CreateAsync("onbekend", Ct));
        Assert.Equal(2, (await keys.ListAsync("beemster", Ct)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_audit_trail_gives_each_tenant_its_own_entries_newest_first(StorageProvider provider)
    {
        await using var database = await OpenAsync(provider);
        await new TenantStore(database).AddAsync(Tenant("beemster"), Ct);
        await new TenantStore(database).AddAsync(Tenant("aadorp"), Ct);
        var audit = new AuditTrail(database);
        var at = new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);
        var first = new AuditEntry("a1", "beemster", "k1", at, "Z-1", "toekenning", "nl", "html,pdf", "v1", "ab12", 120, "ok", 200);
        var second = first with { Id = "a2", At = at.AddSeconds(1), Kenmerk = null, OutputSha256 = null, Outcome = "SMI1002", Status = 422 };
        var other = first with { Id = "b1", TenantId = "aadorp" };

        await audit.AddAsync(first, Ct);
        await audit.AddAsync(second, Ct);
        await audit.AddAsync(other, Ct);

        Assert.Equal([second, first], await audit.ListAsync("beemster", cancellationToken: Ct));
        Assert.Equal([other], await audit.ListAsync("aadorp", cancellationToken: Ct));
        Assert.Single(await audit.ListAsync("beemster", limit: 1, cancellationToken: Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_audit_entry_for_an_unknown_tenant_is_refused_by_the_database(StorageProvider provider)
    {
        await using var database = await OpenAsync(provider);
        var entry = new AuditEntry("x", "niemand", "k", DateTimeOffset.UtcNow, null, "toekenning", "nl", "html", "v", null, 1, "ok", 200);

        await Assert.ThrowsAnyAsync<DbException>(() => new AuditTrail(database).AddAsync(entry, Ct));
    }

    private static async Task<string> AllTextAsync(SmiDatabase database, string table)
    {
        await using var connection = await database.ConnectAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        var text = new System.Text.StringBuilder();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                text.Append(reader.IsDBNull(i) ? "" : reader.GetValue(i)?.ToString()).Append('|');
            }
        }
        return text.ToString();
    }
}
