using Smi.Docs.Server.Tests.Storage;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>The studio's accounts and drafts on SQLite and on a real PostgreSQL cluster, with the same migration (0003).</summary>
[Collection(PostgresCollection.Name)]
public sealed class StudioStorageTests(PostgresCluster postgres)
{
    private const string Password = "een lange zin als wachtwoord";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.PostgreSql];

    private async Task<SmiDatabase> OpenWithTenantsAsync(StorageProvider provider)
    {
        var database = await SmiDatabase.OpenAsync(await FreshDatabase.LocationAsync(provider, postgres), Ct);
        foreach (var id in new[] { "voorbeeldstad", "beemster" })
        {
            await new TenantStore(database).AddAsync(new Tenant(id, id, $"/profielen/{id}.yaml", null, DateTimeOffset.UtcNow), Ct);
        }
        return database;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_password_is_stored_hashed_and_a_name_is_unique_per_tenant(StorageProvider provider)
    {
        await using var database = await OpenWithTenantsAsync(provider);
        var accounts = new StudioAccountStore(database);

        var anna = await accounts.AddAsync("voorbeeldstad", "anna", Password, StudioRole.Vertaler, ["en", "ar"], Ct);
        var again = await accounts.AddAsync("voorbeeldstad", "anna", Password, StudioRole.Redacteur, [], Ct);
        var elsewhere = await accounts.AddAsync("beemster", "anna", Password, StudioRole.Redacteur, [], Ct);
        var noTenant = await accounts.AddAsync("nergens", "anna", Password, StudioRole.Redacteur, [], Ct);

        Assert.NotNull(anna);
        Assert.Null(again);
        Assert.NotNull(elsewhere);
        Assert.Null(noTenant);
        Assert.Equal(["en", "ar"], (await accounts.FindAsync("voorbeeldstad", anna.Id, Ct))!.Talen);
        Assert.Null(await accounts.FindAsync("beemster", anna.Id, Ct));
        await using var connection = await database.ConnectAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT password_hash FROM studio_accounts";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            Assert.DoesNotContain(Password, reader.GetString(0));
            Assert.True(reader.GetString(0).Length > 60, "a PasswordHasher v3 hash is about 84 characters of base64");
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Five_wrong_passwords_lock_the_account_and_a_right_one_before_that_resets_the_count(StorageProvider provider)
    {
        await using var database = await OpenWithTenantsAsync(provider);
        var accounts = new StudioAccountStore(database);
        await accounts.AddAsync("voorbeeldstad", "bert", Password, StudioRole.Redacteur, [], Ct);

        for (var attempt = 0; attempt < StudioAccountStore.MaxFailedSignIns - 1; attempt++)
        {
            Assert.Null((await accounts.SignInAsync("voorbeeldstad", "bert", "fout", Ct)).Account);
        }
        Assert.NotNull((await accounts.SignInAsync("voorbeeldstad", "bert", Password, Ct)).Account);
        for (var attempt = 0; attempt < StudioAccountStore.MaxFailedSignIns; attempt++)
        {
            Assert.False((await accounts.SignInAsync("voorbeeldstad", "bert", "fout", Ct)).LockedOut);
        }
        var locked = await accounts.SignInAsync("voorbeeldstad", "bert", Password, Ct);

        Assert.True(locked.LockedOut);
        Assert.Null(locked.Account);
        Assert.Null((await accounts.SignInAsync("beemster", "bert", Password, Ct)).Account);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Drafts_are_kept_per_tenant_with_author_time_and_comment_newest_first(StorageProvider provider)
    {
        await using var database = await OpenWithTenantsAsync(provider);
        var author = (await new StudioAccountStore(database).AddAsync("voorbeeldstad", "carla", Password, StudioRole.Redacteur, [], Ct))!;
        var versions = new TemplateVersionStore(database);

        await versions.SaveDraftAsync("voorbeeldstad", "toekenning", "nl", "eerste", author.Id, "begin", Ct);
        await Task.Delay(5, Ct);
        var second = await versions.SaveDraftAsync("voorbeeldstad", "toekenning", "nl", "tweede", author.Id, "beter", Ct);

        var latest = await versions.LatestDraftAsync("voorbeeldstad", "toekenning", "nl", Ct);
        Assert.Equal(second, latest);
        Assert.Equal(["tweede", "eerste"], (await versions.DraftsAsync("voorbeeldstad", Ct)).Select(d => d.Tekst));
        Assert.Null(await versions.LatestDraftAsync("beemster", "toekenning", "nl", Ct));
        Assert.Null(await versions.LatestDraftAsync("voorbeeldstad", "toekenning", "en", Ct));
    }
}
