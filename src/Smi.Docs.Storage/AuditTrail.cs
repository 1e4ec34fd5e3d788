using System.Data.Common;
using System.Globalization;

namespace Smi.Docs.Storage;

public sealed class AuditTrail(SmiDatabase database)
{
    public async Task AddAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await InsertAsync(connection, null, entry, cancellationToken);
    }

    /// <summary>Inside a caller's transaction, so an entry is written together with what it records (a batch item) or not at all.</summary>
    internal static async Task InsertAsync(DbConnection connection, DbTransaction? transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var insert = SmiDatabase.Command(connection,
            """
            INSERT INTO audit_entries (id, tenant_id, key_id, at, kenmerk, document, taal, formaten, template_version, output_sha256, duration_ms, outcome, status, sjabloonversies)
            VALUES (@id, @tenant, @key, @at, @kenmerk, @document, @taal, @formaten, @version, @sha, @duration, @outcome, @status, @versions)
            """,
            ("@id", entry.Id), ("@tenant", entry.TenantId), ("@key", entry.KeyId), ("@at", Clock.Text(entry.At)), ("@kenmerk", entry.Kenmerk),
            ("@document", entry.Document), ("@taal", entry.Taal), ("@formaten", entry.Formaten), ("@version", entry.TemplateVersion),
            ("@sha", entry.OutputSha256), ("@duration", entry.DurationMs), ("@outcome", entry.Outcome), ("@status", entry.Status), ("@versions", entry.Sjabloonversies));
        insert.Transaction = transaction;
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The tenant's own entries, newest first: the query takes the tenant, so no caller can read another's.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string tenantId, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection,
            """
            SELECT id, tenant_id, key_id, at, kenmerk, document, taal, formaten, template_version, output_sha256, duration_ms, outcome, status, sjabloonversies
            FROM audit_entries WHERE tenant_id = @tenant ORDER BY at DESC, id LIMIT @limit
            """,
            ("@tenant", tenantId), ("@limit", Math.Clamp(limit, 1, 1000)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), Clock.Parse(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9), Convert.ToInt64(reader.GetValue(10), CultureInfo.InvariantCulture), reader.GetString(11),
                Convert.ToInt32(reader.GetValue(12), CultureInfo.InvariantCulture), reader.IsDBNull(13) ? null : reader.GetString(13)));
        }
        return entries;
    }
}
