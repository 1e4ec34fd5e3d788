using Smi.Docs.Server.Tests.Storage;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>Publishing template versions on SQLite and on a real PostgreSQL cluster, with the same migrations (0003, 0004).</summary>
[Collection(PostgresCollection.Name)]
public sealed class StudioVersionStorageTests(PostgresCluster postgres)
{
    private const string Password = "een lange zin als wachtwoord";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.PostgreSql];

    private async Task<(SmiDatabase Database, StudioAccount Author, StudioAccount Approver)> OpenAsync(StorageProvider provider)
    {
        var database = await SmiDatabase.OpenAsync(await FreshDatabase.LocationAsync(provider, postgres), Ct);
        foreach (var id in new[] { "voorbeeldstad", "beemster" })
        {
            await new TenantStore(database).AddAsync(new Tenant(id, id, $"/profielen/{id}.yaml", null, DateTimeOffset.UtcNow), Ct);
        }
        var accounts = new StudioAccountStore(database);
        var author = (await accounts.AddAsync("voorbeeldstad", "rik", Password, StudioRole.Redacteur, [], Ct))!;
        var approver = (await accounts.AddAsync("voorbeeldstad", "bea", Password, StudioRole.Beheerder, [], Ct))!;
        return (database, author, approver);
    }

    private static async Task<StoredTemplateVersion> PublishedAsync(TemplateVersionStore versions, string text, StudioAccount author, StudioAccount approver, DateOnly validFrom)
    {
        var draft = await versions.SaveDraftAsync("voorbeeldstad", "toekenning", "nl", text, author.Id, text, Ct);
        Assert.True(await versions.ProposeAsync("voorbeeldstad", draft.Id, Ct));
        Assert.Equal(TemplateVersionPublishOutcome.Published, await versions.PublishAsync("voorbeeldstad", draft.Id, approver.Id, validFrom, Ct));
        return (await versions.FindAsync("voorbeeldstad", draft.Id, Ct))!;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_a_proposal_is_published_only_by_someone_else_and_it_keeps_author_approver_and_date(StorageProvider provider)
    {
        var (database, author, approver) = await OpenAsync(provider);
        await using var _ = database;
        var versions = new TemplateVersionStore(database);
        var draft = await versions.SaveDraftAsync("voorbeeldstad", "toekenning", "nl", "tekst", author.Id, "waarom", Ct);
        var validFrom = new DateOnly(2027, 1, 1);

        var asDraft = await versions.PublishAsync("voorbeeldstad", draft.Id, approver.Id, validFrom, Ct);
        Assert.True(await versions.ProposeAsync("voorbeeldstad", draft.Id, Ct));
        var proposedTwice = await versions.ProposeAsync("voorbeeldstad", draft.Id, Ct);
        var byAuthor = await versions.PublishAsync("voorbeeldstad", draft.Id, author.Id, validFrom, Ct);
        var byOtherTenant = await versions.PublishAsync("beemster", draft.Id, approver.Id, validFrom, Ct);
        var published = await versions.PublishAsync("voorbeeldstad", draft.Id, approver.Id, validFrom, Ct);
        var again = await versions.PublishAsync("voorbeeldstad", draft.Id, approver.Id, validFrom, Ct);

        Assert.Equal(
            (TemplateVersionPublishOutcome.NotProposed, false, TemplateVersionPublishOutcome.OwnText, TemplateVersionPublishOutcome.NotFound, TemplateVersionPublishOutcome.Published, TemplateVersionPublishOutcome.NotProposed),
            (asDraft, proposedTwice, byAuthor, byOtherTenant, published, again));
        var stored = (await versions.FindAsync("voorbeeldstad", draft.Id, Ct))!;
        Assert.Equal((TemplateVersionStates.Gepubliceerd, author.Id, "waarom", approver.Id, validFrom, "tekst"),
            (stored.State, stored.AuthorId, stored.Comment, stored.ApprovedBy, stored.ValidFrom, stored.Tekst));
        Assert.NotNull(stored.ApprovedAt);
        Assert.Equal(draft.CreatedAt, stored.CreatedAt);
        var listed = Assert.Single(await versions.PublishedAsync("voorbeeldstad", Ct));
        Assert.Equal((draft.Id, ""), (listed.Id, listed.Tekst));
        Assert.Empty(await versions.PublishedAsync("beemster", Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_version_valid_on_a_date_is_the_latest_from_on_or_before_it_and_a_rollback_wins_its_date(StorageProvider provider)
    {
        var (database, author, approver) = await OpenAsync(provider);
        await using var _ = database;
        var versions = new TemplateVersionStore(database);
        var january = await PublishedAsync(versions, "januari", author, approver, new DateOnly(2027, 1, 1));
        var march = await PublishedAsync(versions, "maart", author, approver, new DateOnly(2027, 3, 1));
        var rollback = (await versions.ProposeRollbackAsync("voorbeeldstad", january.Id, author.Id, "terug", Ct))!;
        Assert.Null(await versions.ProposeRollbackAsync("voorbeeldstad", rollback.Id, author.Id, "een voorstel is nog niet gepubliceerd", Ct));
        Assert.Equal(TemplateVersionPublishOutcome.Published, await versions.PublishAsync("voorbeeldstad", rollback.Id, approver.Id, new DateOnly(2027, 1, 1), Ct));
        var published = await versions.PublishedAsync("voorbeeldstad", Ct);

        string? On(DateOnly? date) => TemplateVersionSelection.ValidOn(published, date).SingleOrDefault()?.Id;

        Assert.Null(On(new DateOnly(2026, 12, 31)));
        Assert.Equal(rollback.Id, On(new DateOnly(2027, 1, 1)));
        Assert.Equal(rollback.Id, On(new DateOnly(2027, 2, 28)));
        Assert.Equal(march.Id, On(new DateOnly(2027, 3, 1)));
        Assert.Equal(march.Id, On(null));
        Assert.Equal("januari", (await versions.FindAsync("voorbeeldstad", rollback.Id, Ct))!.Tekst);
        Assert.Equal(3, (await versions.HistoryAsync("voorbeeldstad", "toekenning", "nl", Ct)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_audit_row_keeps_the_versions_it_names_and_null_when_none(StorageProvider provider)
    {
        var (database, _, _) = await OpenAsync(provider);
        await using var __ = database;
        var audit = new AuditTrail(database);
        var entry = new AuditEntry("a1", "voorbeeldstad", "k1", DateTimeOffset.UtcNow, "SMI-1", "toekenning", "nl", "html", "abc", "def", 3, "ok", 200, "v1,v2");

        await audit.AddAsync(entry, Ct);
        await audit.AddAsync(entry with { Id = "a2", At = entry.At.AddSeconds(1), Sjabloonversies = null }, Ct);

        Assert.Equal([null, "v1,v2"], (await audit.ListAsync("voorbeeldstad", cancellationToken: Ct)).Select(e => e.Sjabloonversies));
    }
}
