using System.Globalization;
using System.Security.Cryptography;

namespace Smi.Docs.Storage;

/// <summary>
/// A municipality's saved template texts (issue 16). Rows are added, never overwritten: a row changes only its state
/// (concept → voorgesteld → gepubliceerd) and, once, its approval; so every save keeps its author, time and comment, and
/// a rollback is a new row with an earlier text.
/// </summary>
public sealed class TemplateVersionStore(SmiDatabase database)
{
    private const string Columns = "id, tenant_id, document, taal, tekst, state, author_id, created_at, comment, approved_by, approved_at, valid_from";

    /// <summary>The same columns without the text, for the question every render asks (which versions apply).</summary>
    private const string ColumnsWithoutText = "id, tenant_id, document, taal, '' AS tekst, state, author_id, created_at, comment, approved_by, approved_at, valid_from";

    public Task<StoredTemplateVersion> SaveDraftAsync(string tenantId, string document, string taal, string tekst, string authorId, string comment, CancellationToken cancellationToken = default) =>
        AddAsync(tenantId, document, taal, tekst, TemplateVersionStates.Concept, authorId, comment, cancellationToken);

    /// <summary>
    /// Offers a published version's exact text again, as a new proposed version by <paramref name="authorId"/>: history
    /// is never rewritten, and the rollback is published like any other text (by a second person). Null when the tenant
    /// has no such published version.
    /// </summary>
    public async Task<StoredTemplateVersion?> ProposeRollbackAsync(string tenantId, string versionId, string authorId, string comment, CancellationToken cancellationToken = default) =>
        await FindAsync(tenantId, versionId, cancellationToken) is { IsPublished: true } earlier
            ? await AddAsync(tenantId, earlier.Document, earlier.Taal, earlier.Tekst, TemplateVersionStates.Voorgesteld, authorId, comment, cancellationToken)
            : null;

    /// <summary>A draft becomes a proposal; false when the tenant has no such draft.</summary>
    public async Task<bool> ProposeAsync(string tenantId, string versionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var update = SmiDatabase.Command(connection,
            "UPDATE template_versions SET state = @proposed WHERE tenant_id = @tenant AND id = @id AND state = @concept",
            ("@proposed", TemplateVersionStates.Voorgesteld), ("@tenant", tenantId), ("@id", versionId), ("@concept", TemplateVersionStates.Concept));
        return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Publishes a proposal from <paramref name="validFrom"/> on, approved by <paramref name="approverId"/>. The author never
    /// approves his own text (vier ogen): the statement itself says so, so no second request can slip between check and write.
    /// </summary>
    public async Task<TemplateVersionPublishOutcome> PublishAsync(string tenantId, string versionId, string approverId, DateOnly validFrom, CancellationToken cancellationToken = default)
    {
        var version = await FindAsync(tenantId, versionId, cancellationToken);
        if (version is null)
        {
            return TemplateVersionPublishOutcome.NotFound;
        }
        if (version.AuthorId == approverId)
        {
            return TemplateVersionPublishOutcome.OwnText;
        }
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var update = SmiDatabase.Command(connection,
            "UPDATE template_versions SET state = @published, approved_by = @approver, approved_at = @at, valid_from = @from " +
            "WHERE tenant_id = @tenant AND id = @id AND state = @proposed AND author_id <> @approver",
            ("@published", TemplateVersionStates.Gepubliceerd), ("@approver", approverId), ("@at", Clock.Now()), ("@from", DateText(validFrom)),
            ("@tenant", tenantId), ("@id", versionId), ("@proposed", TemplateVersionStates.Voorgesteld));
        return await update.ExecuteNonQueryAsync(cancellationToken) == 1 ? TemplateVersionPublishOutcome.Published : TemplateVersionPublishOutcome.NotProposed;
    }

    public async Task<StoredTemplateVersion?> FindAsync(string tenantId, string versionId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(Columns, "WHERE tenant_id = @tenant AND id = @id", [("@tenant", tenantId), ("@id", versionId)], cancellationToken)).FirstOrDefault();

    /// <summary>The newest draft of one template of this tenant; null when it has none.</summary>
    public async Task<StoredTemplateVersion?> LatestDraftAsync(string tenantId, string document, string taal, CancellationToken cancellationToken = default) =>
        (await ReadAsync(Columns, "WHERE tenant_id = @tenant AND document = @document AND taal = @taal AND state = @state ORDER BY created_at DESC, id DESC",
            [("@tenant", tenantId), ("@document", document), ("@taal", taal), ("@state", TemplateVersionStates.Concept)], cancellationToken)).FirstOrDefault();

    /// <summary>Every draft of this tenant, newest first.</summary>
    public Task<IReadOnlyList<StoredTemplateVersion>> DraftsAsync(string tenantId, CancellationToken cancellationToken = default) =>
        ReadAsync(Columns, "WHERE tenant_id = @tenant AND state = @state ORDER BY created_at DESC, id DESC",
            [("@tenant", tenantId), ("@state", TemplateVersionStates.Concept)], cancellationToken);

    /// <summary>Every version of one template of this tenant, in every state, newest first.</summary>
    public Task<IReadOnlyList<StoredTemplateVersion>> HistoryAsync(string tenantId, string document, string taal, CancellationToken cancellationToken = default) =>
        ReadAsync(Columns, "WHERE tenant_id = @tenant AND document = @document AND taal = @taal ORDER BY created_at DESC, id DESC",
            [("@tenant", tenantId), ("@document", document), ("@taal", taal)], cancellationToken);

    /// <summary>Every published version of this tenant, without its text (<see cref="TemplateVersionSelection"/> picks from these).</summary>
    public Task<IReadOnlyList<StoredTemplateVersion>> PublishedAsync(string tenantId, CancellationToken cancellationToken = default) =>
        ReadAsync(ColumnsWithoutText, "WHERE tenant_id = @tenant AND state = @state",
            [("@tenant", tenantId), ("@state", TemplateVersionStates.Gepubliceerd)], cancellationToken);

    private async Task<StoredTemplateVersion> AddAsync(string tenantId, string document, string taal, string tekst, string state, string authorId, string comment, CancellationToken cancellationToken)
    {
        var version = new StoredTemplateVersion(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), tenantId, document, taal, tekst,
            state, authorId, DateTimeOffset.UtcNow, comment);
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var insert = SmiDatabase.Command(connection,
            "INSERT INTO template_versions (id, tenant_id, document, taal, tekst, state, author_id, created_at, comment, approved_by, approved_at, valid_from) " +
            "VALUES (@id, @tenant, @document, @taal, @tekst, @state, @author, @at, @comment, NULL, NULL, NULL)",
            ("@id", version.Id), ("@tenant", tenantId), ("@document", document), ("@taal", taal), ("@tekst", tekst),
            ("@state", version.State), ("@author", authorId), ("@at", Clock.Text(version.CreatedAt)), ("@comment", comment));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return version;
    }

    private async Task<IReadOnlyList<StoredTemplateVersion>> ReadAsync(string columns, string whereAndOrder, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection, $"SELECT {columns} FROM template_versions {whereAndOrder}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new List<StoredTemplateVersion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new StoredTemplateVersion(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), Clock.Parse(reader.GetString(7)), reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : Clock.Parse(reader.GetString(10)),
                reader.IsDBNull(11) ? null : DateOnly.ParseExact(reader.GetString(11), DateFormat, CultureInfo.InvariantCulture)));
        }
        return versions;
    }

    /// <summary>A date as text that sorts as a date, in both databases.</summary>
    private const string DateFormat = "yyyy-MM-dd";

    private static string DateText(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
}
