using System.Security.Cryptography;

namespace Smi.Docs.Storage;

/// <summary>A municipality's saved template texts (issue 16). Rows are added, never overwritten, so every save keeps its author, time and comment.</summary>
public sealed class TemplateVersionStore(SmiDatabase database)
{
    private const string Columns = "id, tenant_id, document, taal, tekst, state, author_id, created_at, comment";

    public async Task<StoredTemplateVersion> SaveDraftAsync(string tenantId, string document, string taal, string tekst, string authorId, string comment, CancellationToken cancellationToken = default)
    {
        var version = new StoredTemplateVersion(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), tenantId, document, taal, tekst,
            TemplateVersionStates.Concept, authorId, DateTimeOffset.UtcNow, comment);
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var insert = SmiDatabase.Command(connection,
            "INSERT INTO template_versions (id, tenant_id, document, taal, tekst, state, author_id, created_at, comment, approved_by, approved_at, valid_from) " +
            "VALUES (@id, @tenant, @document, @taal, @tekst, @state, @author, @at, @comment, NULL, NULL, NULL)",
            ("@id", version.Id), ("@tenant", tenantId), ("@document", document), ("@taal", taal), ("@tekst", tekst),
            ("@state", version.State), ("@author", authorId), ("@at", Clock.Text(version.CreatedAt)), ("@comment", comment));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return version;
    }

    /// <summary>The newest draft of one template of this tenant; null when it has none.</summary>
    public async Task<StoredTemplateVersion?> LatestDraftAsync(string tenantId, string document, string taal, CancellationToken cancellationToken = default) =>
        (await ReadAsync("WHERE tenant_id = @tenant AND document = @document AND taal = @taal AND state = @state ORDER BY created_at DESC, id DESC",
            [("@tenant", tenantId), ("@document", document), ("@taal", taal), ("@state", TemplateVersionStates.Concept)], cancellationToken)).FirstOrDefault();

    /// <summary>Every draft of this tenant, newest first.</summary>
    public Task<IReadOnlyList<StoredTemplateVersion>> DraftsAsync(string tenantId, CancellationToken cancellationToken = default) =>
        ReadAsync("WHERE tenant_id = @tenant AND state = @state ORDER BY created_at DESC, id DESC",
            [("@tenant", tenantId), ("@state", TemplateVersionStates.Concept)], cancellationToken);

    private async Task<IReadOnlyList<StoredTemplateVersion>> ReadAsync(string whereAndOrder, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection, $"SELECT {Columns} FROM template_versions {whereAndOrder}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new List<StoredTemplateVersion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new StoredTemplateVersion(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), Clock.Parse(reader.GetString(7)), reader.GetString(8)));
        }
        return versions;
    }
}
