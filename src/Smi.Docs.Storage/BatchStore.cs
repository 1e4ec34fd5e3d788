using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Smi.Docs.Storage;

/// <summary>A batch as the service took it: whose, what it asks for by default, how many items, and until when it is kept.</summary>
/// <param name="Document">The document of plain cases; null when every line is an envelope naming its own.</param>
/// <param name="Formaten">Comma-separated formats of every item (<c>pdf,docx</c>).</param>
public sealed record StoredBatch(
    string Id, string TenantId, string KeyId, DateTimeOffset CreatedAt, DateTimeOffset KeepUntil, string? Document, string Taal, string Formaten, int Total);

/// <summary>One input line: its bytes, or why it could not be read (too long).</summary>
public sealed record NewBatchItem(int Ordinal, string Naam, string Bron, byte[]? Invoer, string? Probleem);

/// <summary>An item still to be made, as an instance takes it.</summary>
public sealed record PendingBatchItem(int Ordinal, string Naam, string Bron, byte[]? Invoer, string? Probleem);

public sealed record StoredBatchFile(string Naam, byte[] Inhoud, string Sha256, long Bytes, int? Paginas);

/// <summary>What making an item came to: made (files) or failed (no files), with the messages as JSON (codes, paths, texts).</summary>
/// <param name="Audit">The item's audit entry, written in the same transaction as the result.</param>
public sealed record BatchItemResult(bool Made, string? Kenmerk, string? Document, string? Taal, string? Meldingen, string Instance, IReadOnlyList<StoredBatchFile> Files, AuditEntry Audit);

/// <summary>A finished or waiting item without its contents: a line of the report or of the index.</summary>
public sealed record BatchItemState(
    int Ordinal, string Naam, string Bron, string Status, string? Kenmerk, string? Document, string? Taal, string? Meldingen, string? GemaaktDoor,
    IReadOnlyList<BatchFileState> Files);

public sealed record BatchFileState(string Naam, string Sha256, long Bytes, int? Paginas);

/// <summary>How far a batch is: every item is waiting, made or failed.</summary>
public sealed record BatchCounts(int Total, int Waiting, int Made, int Failed)
{
    public bool Finished => Waiting == 0;
}

/// <summary>
/// Batches, their items and their output files in the service's database, where every instance sees them
/// (docs/server.md "Batches"). An item changes from waiting to made or failed once: the first result recorded counts,
/// and a second (an item made again after its instance died) changes nothing, so the index never lists a case twice.
/// Every query names the tenant or the batch id a tenant's query found, so no caller reads another's batch.
/// </summary>
public sealed class BatchStore(SmiDatabase database)
{
    public const string Waiting = "wacht";
    public const string Made = "gemaakt";
    public const string Failed = "mislukt";

    /// <summary>Stores the batch and its items in one transaction: a batch is there whole or not at all.</summary>
    /// <returns>The batch as stored, with the number of items read.</returns>
    public async Task<StoredBatch> CreateAsync(StoredBatch batch, IAsyncEnumerable<NewBatchItem> items, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, cancellationToken,
            """
            INSERT INTO batches (id, tenant_id, key_id, created_at, bewaren_tot, document, taal, formaten, totaal)
            VALUES (@id, @tenant, @key, @at, @keep, @document, @taal, @formaten, 0)
            """,
            ("@id", batch.Id), ("@tenant", batch.TenantId), ("@key", batch.KeyId), ("@at", Clock.Text(batch.CreatedAt)), ("@keep", Clock.Text(batch.KeepUntil)),
            ("@document", batch.Document), ("@taal", batch.Taal), ("@formaten", batch.Formaten));
        var total = 0;
        await using (var insert = SmiDatabase.Command(connection,
            "INSERT INTO batch_items (batch_id, ordinal, naam, bron, invoer, probleem, status) VALUES (@batch, @ordinal, @naam, @bron, @invoer, @probleem, @status)",
            ("@batch", batch.Id), ("@ordinal", 0), ("@naam", ""), ("@bron", ""), ("@invoer", Array.Empty<byte>()), ("@probleem", ""), ("@status", Waiting)))
        {
            insert.Transaction = transaction;
            await foreach (var item in items.WithCancellation(cancellationToken))
            {
                insert.Parameters["@ordinal"].Value = item.Ordinal;
                insert.Parameters["@naam"].Value = item.Naam;
                insert.Parameters["@bron"].Value = item.Bron;
                insert.Parameters["@invoer"].Value = (object?)item.Invoer ?? DBNull.Value;
                insert.Parameters["@probleem"].Value = (object?)item.Probleem ?? DBNull.Value;
                await insert.ExecuteNonQueryAsync(cancellationToken);
                total++;
            }
        }
        await ExecuteAsync(connection, transaction, cancellationToken, "UPDATE batches SET totaal = @total WHERE id = @id", ("@total", total), ("@id", batch.Id));
        await transaction.CommitAsync(cancellationToken);
        return batch with { Total = total };
    }

    /// <summary>Records that every job of the batch is in the queue.</summary>
    public async Task MarkQueuedAsync(string batchId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection, "UPDATE batches SET ingepland = 1 WHERE id = @id", ("@id", batchId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Batches stored before <paramref name="before"/> whose jobs were never all queued: the instance that took them died in between.</summary>
    public Task<IReadOnlyList<StoredBatch>> UnqueuedAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        ReadBatchesAsync("WHERE ingepland = 0 AND created_at < @before", [("@before", Clock.Text(before))], 1000, cancellationToken);

    /// <summary>The tenant's batch, or null (also when it is another tenant's).</summary>
    public async Task<StoredBatch?> FindAsync(string tenantId, string batchId, CancellationToken cancellationToken = default) =>
        (await ReadBatchesAsync("WHERE tenant_id = @tenant AND id = @id", [("@tenant", tenantId), ("@id", batchId)], 1, cancellationToken)).SingleOrDefault();

    /// <summary>A batch by id alone: for the instance that makes its items, which got the id from a job, not a caller.</summary>
    public async Task<StoredBatch?> FindAsync(string batchId, CancellationToken cancellationToken = default) =>
        (await ReadBatchesAsync("WHERE id = @id", [("@id", batchId)], 1, cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<StoredBatch>> ListAsync(string tenantId, int limit, CancellationToken cancellationToken = default) =>
        ReadBatchesAsync("WHERE tenant_id = @tenant", [("@tenant", tenantId)], Math.Clamp(limit, 1, 1000), cancellationToken);

    public async Task<BatchCounts> CountAsync(string batchId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection, "SELECT status, COUNT(*) FROM batch_items WHERE batch_id = @batch GROUP BY status", ("@batch", batchId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        int waiting = 0, made = 0, failed = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var count = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
            switch (reader.GetString(0))
            {
                case Waiting: waiting = count; break;
                case Made: made = count; break;
                default: failed += count; break;
            }
        }
        return new BatchCounts(waiting + made + failed, waiting, made, failed);
    }

    /// <summary>
    /// The waiting items with ordinals from <paramref name="from"/> up to (not including) <paramref name="to"/>, marked as
    /// taken by <paramref name="instance"/> (what an operator sees of an instance that died holding them).
    /// </summary>
    public async Task<IReadOnlyList<PendingBatchItem>> TakeAsync(string batchId, int from, int to, string instance, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using (var mark = SmiDatabase.Command(connection,
            "UPDATE batch_items SET bezig_door = @instance WHERE batch_id = @batch AND ordinal >= @from AND ordinal < @to AND status = @waiting",
            ("@instance", instance), ("@batch", batchId), ("@from", from), ("@to", to), ("@waiting", Waiting)))
        {
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var command = SmiDatabase.Command(connection,
            "SELECT ordinal, naam, bron, invoer, probleem FROM batch_items WHERE batch_id = @batch AND ordinal >= @from AND ordinal < @to AND status = @waiting ORDER BY ordinal",
            ("@batch", batchId), ("@from", from), ("@to", to), ("@waiting", Waiting));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<PendingBatchItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new PendingBatchItem(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : (byte[])reader.GetValue(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }
        return items;
    }

    /// <summary>
    /// Records an item's result, its files and its audit entry together, if the item is still waiting. The case it was made
    /// from is emptied: it is personal data and no longer needed.
    /// </summary>
    /// <returns>False when another instance recorded the item first; then nothing changes.</returns>
    public async Task<bool> CompleteAsync(string batchId, int ordinal, BatchItemResult result, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await ExecuteAsync(connection, transaction, cancellationToken,
            """
            UPDATE batch_items SET status = @status, kenmerk = @kenmerk, document = @document, taal = @taal, meldingen = @meldingen,
                gemaakt_door = @instance, gemaakt_at = @at, invoer = NULL
            WHERE batch_id = @batch AND ordinal = @ordinal AND status = @waiting
            """,
            ("@status", result.Made ? Made : Failed), ("@kenmerk", result.Kenmerk), ("@document", result.Document), ("@taal", result.Taal),
            ("@meldingen", result.Meldingen), ("@instance", result.Instance), ("@at", Clock.Text(result.Audit.At)),
            ("@batch", batchId), ("@ordinal", ordinal), ("@waiting", Waiting));
        if (changed != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }
        foreach (var file in result.Files)
        {
            await ExecuteAsync(connection, transaction, cancellationToken,
                "INSERT INTO batch_files (batch_id, ordinal, naam, inhoud, sha256, bytes, paginas) VALUES (@batch, @ordinal, @naam, @inhoud, @sha, @bytes, @paginas)",
                ("@batch", batchId), ("@ordinal", ordinal), ("@naam", file.Naam), ("@inhoud", file.Inhoud), ("@sha", file.Sha256), ("@bytes", file.Bytes), ("@paginas", file.Paginas));
        }
        await AuditTrail.InsertAsync(connection, transaction, result.Audit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Every item in input order with its files' names and hashes (not their contents): the report and the index.</summary>
    public async IAsyncEnumerable<BatchItemState> ItemsAsync(string batchId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection,
            """
            SELECT i.ordinal, i.naam, i.bron, i.status, i.kenmerk, i.document, i.taal, i.meldingen, i.gemaakt_door, f.naam, f.sha256, f.bytes, f.paginas
            FROM batch_items i LEFT JOIN batch_files f ON f.batch_id = i.batch_id AND f.ordinal = i.ordinal
            WHERE i.batch_id = @batch ORDER BY i.ordinal, f.naam
            """,
            ("@batch", batchId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        BatchItemState? current = null;
        List<BatchFileState> files = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            var ordinal = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            if (current is null || current.Ordinal != ordinal)
            {
                if (current is not null)
                {
                    yield return current;
                }
                files = [];
                current = new BatchItemState(ordinal, reader.GetString(1), reader.GetString(2), reader.GetString(3), Text(reader, 4), Text(reader, 5),
                    Text(reader, 6), Text(reader, 7), Text(reader, 8), files);
            }
            if (!reader.IsDBNull(9))
            {
                files.Add(new BatchFileState(reader.GetString(9), reader.GetString(10), Convert.ToInt64(reader.GetValue(11), CultureInfo.InvariantCulture),
                    reader.IsDBNull(12) ? null : Convert.ToInt32(reader.GetValue(12), CultureInfo.InvariantCulture)));
            }
        }
        if (current is not null)
        {
            yield return current;
        }
    }

    /// <summary>The contents of every output file in input order, one at a time (a batch of PDFs does not fit in memory at once).</summary>
    public async IAsyncEnumerable<(string Item, string File, byte[] Content)> FilesAsync(string batchId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection,
            """
            SELECT i.naam, f.naam, f.inhoud FROM batch_files f JOIN batch_items i ON i.batch_id = f.batch_id AND i.ordinal = f.ordinal
            WHERE f.batch_id = @batch ORDER BY f.ordinal, f.naam
            """,
            ("@batch", batchId));
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return (reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2));
        }
    }

    /// <summary>Removes the tenant's batch with its files now, before its retention ends.</summary>
    public async Task<bool> DeleteAsync(string tenantId, string batchId, CancellationToken cancellationToken = default) =>
        await DeleteWhereAsync("WHERE tenant_id = @tenant AND id = @id", [("@tenant", tenantId), ("@id", batchId)], cancellationToken) > 0;

    /// <summary>Removes every batch whose retention ended before <paramref name="now"/>, with its items and files.</summary>
    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        DeleteWhereAsync("WHERE bewaren_tot < @now", [("@now", Clock.Text(now))], cancellationToken);

    private async Task<int> DeleteWhereAsync(string where, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Files and items first: SQLite applies ON DELETE CASCADE only where foreign keys are on, and an operator's own
        // connection may not have them on.
        var inBatch = $"batch_id IN (SELECT id FROM batches {where})";
        await ExecuteAsync(connection, transaction, cancellationToken, $"DELETE FROM batch_files WHERE {inBatch}", parameters);
        await ExecuteAsync(connection, transaction, cancellationToken, $"DELETE FROM batch_items WHERE {inBatch}", parameters);
        var removed = await ExecuteAsync(connection, transaction, cancellationToken, $"DELETE FROM batches {where}", parameters);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    private async Task<IReadOnlyList<StoredBatch>> ReadBatchesAsync(string where, (string, object?)[] parameters, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection,
            $"SELECT id, tenant_id, key_id, created_at, bewaren_tot, document, taal, formaten, totaal FROM batches {where} ORDER BY created_at DESC, id LIMIT {limit}",
            parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var batches = new List<StoredBatch>();
        while (await reader.ReadAsync(cancellationToken))
        {
            batches.Add(new StoredBatch(reader.GetString(0), reader.GetString(1), reader.GetString(2), Clock.Parse(reader.GetString(3)), Clock.Parse(reader.GetString(4)),
                Text(reader, 5), reader.GetString(6), reader.GetString(7), Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture)));
        }
        return batches;
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken, string sql, params (string, object?)[] parameters)
    {
        await using var command = SmiDatabase.Command(connection, sql, parameters);
        command.Transaction = transaction;
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
