using System.Data.Common;
using System.Security.Cryptography;
using System.Text;

namespace Smi.Docs.Storage;

/// <summary>An online application as stored: a draft, sent ('nieuw') or taken by the municipality ('afgenomen').</summary>
/// <param name="Antwoorden">The answers as JSON (personal data).</param>
/// <param name="Zaak">The case JSON made when it was sent; null for a draft.</param>
public sealed record StoredApplication(
    string Id, string TenantId, string Status, string Taal, string Antwoorden, string? Zaak,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? OntvangenAt, DateTimeOffset? AfgenomenAt);

/// <summary>What one retention run deleted: the counts (all a log line names) and which applications with their answers, for their files.</summary>
public sealed record ExpiredApplications(int Drafts, int Taken, IReadOnlyList<(string TenantId, string Id, string Antwoorden)> Removed);

/// <summary>
/// Online applications per tenant (migration 0005): a draft saved as the parent goes, found again by the resume code
/// (stored as its SHA-256 only, like an API key), sent once, taken once. Every query names the tenant, so no municipality
/// reads another's applications, and a status change happens once (UPDATE … WHERE status = …).
/// </summary>
public sealed class ApplicationStore(SmiDatabase database)
{
    public const string Draft = "concept";
    public const string New = "nieuw";
    public const string Taken = "afgenomen";

    private const string Columns = "id, tenant_id, status, taal, antwoorden, zaak, created_at, updated_at, ontvangen_at, afgenomen_at";

    /// <summary>The stored form of a resume code: its SHA-256, after spaces, dashes and case are taken out.</summary>
    public static string CodeHash(string code)
    {
        var normal = string.Concat(code.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)));
    }

    public async Task CreateAsync(string tenantId, string id, string code, string taal, string antwoorden, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync(cancellationToken,
            "INSERT INTO applications (id, tenant_id, code_hash, status, taal, antwoorden, created_at, updated_at) VALUES (@id, @tenant, @code, @status, @taal, @antwoorden, @now, @now)",
            ("@id", id), ("@tenant", tenantId), ("@code", CodeHash(code)), ("@status", Draft), ("@taal", taal), ("@antwoorden", antwoorden), ("@now", Clock.Text(now)));
    }

    /// <summary>The tenant's application with this resume code, in any status (the caller decides what a sent one may show).</summary>
    public async Task<StoredApplication?> FindByCodeAsync(string tenantId, string code, CancellationToken cancellationToken = default) =>
        (await ReadAsync("WHERE tenant_id = @tenant AND code_hash = @code", [("@tenant", tenantId), ("@code", CodeHash(code))], 1, cancellationToken)).SingleOrDefault();

    public async Task<StoredApplication?> FindAsync(string tenantId, string id, CancellationToken cancellationToken = default) =>
        (await ReadAsync("WHERE tenant_id = @tenant AND id = @id", [("@tenant", tenantId), ("@id", id)], 1, cancellationToken)).SingleOrDefault();

    /// <summary>The tenant's applications in one status, oldest received first (the order a team works them).</summary>
    public Task<IReadOnlyList<StoredApplication>> ListAsync(string tenantId, string status, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync("WHERE tenant_id = @tenant AND status = @status", [("@tenant", tenantId), ("@status", status)], Math.Clamp(limit, 1, 1000), cancellationToken, "ontvangen_at, id");

    /// <summary>Saves a draft's answers; false when it is no longer a draft (sent meanwhile).</summary>
    public async Task<bool> SaveDraftAsync(string tenantId, string id, string taal, string antwoorden, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(cancellationToken,
            "UPDATE applications SET antwoorden = @antwoorden, taal = @taal, updated_at = @now WHERE tenant_id = @tenant AND id = @id AND status = @draft",
            ("@antwoorden", antwoorden), ("@taal", taal), ("@now", Clock.Text(now)), ("@tenant", tenantId), ("@id", id), ("@draft", Draft)) == 1;

    /// <summary>Sends a draft: its answers and case are fixed and it waits for the municipality; false when it was sent already.</summary>
    public async Task<bool> SendAsync(string tenantId, string id, string antwoorden, string zaak, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(cancellationToken,
            "UPDATE applications SET antwoorden = @antwoorden, zaak = @zaak, status = @new, updated_at = @now, ontvangen_at = @now WHERE tenant_id = @tenant AND id = @id AND status = @draft",
            ("@antwoorden", antwoorden), ("@zaak", zaak), ("@new", New), ("@now", Clock.Text(now)), ("@tenant", tenantId), ("@id", id), ("@draft", Draft)) == 1;

    /// <summary>
    /// Marks a sent application as taken and replaces its answers by <paramref name="antwoordenZonderBsn"/>: once the
    /// municipality has the case, the BSN is not kept here (basislijn 13). False when it was not waiting.
    /// </summary>
    public async Task<bool> MarkTakenAsync(string tenantId, string id, string antwoordenZonderBsn, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(cancellationToken,
            "UPDATE applications SET antwoorden = @antwoorden, status = @taken, updated_at = @now, afgenomen_at = @now WHERE tenant_id = @tenant AND id = @id AND status = @new",
            ("@antwoorden", antwoordenZonderBsn), ("@taken", Taken), ("@now", Clock.Text(now)), ("@tenant", tenantId), ("@id", id), ("@new", New)) == 1;

    /// <summary>
    /// Retention (issue 17 point 4): DELETEs drafts last saved before <paramref name="now"/> − <paramref name="draftAge"/> and
    /// taken applications taken before <paramref name="now"/> − <paramref name="takenAge"/>, answers, case and code hash with
    /// the row. A sent application waiting for the municipality ('nieuw') is kept however old. One transaction; each
    /// DELETE names its rows (RETURNING), so a draft saved while this runs is neither deleted nor reported.
    /// <paramref name="tenantId"/> limits it to one tenant (its own periods, from its profile); null: every tenant.
    /// </summary>
    public async Task<ExpiredApplications> DeleteExpiredAsync(DateTimeOffset now, TimeSpan draftAge, TimeSpan takenAge, CancellationToken cancellationToken = default, string? tenantId = null)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        async Task<List<(string TenantId, string Id, string Antwoorden)>> DeleteAsync(string where, params (string, object?)[] parameters)
        {
            var tenant = tenantId is null ? "" : " AND tenant_id = @tenant";
            await using var command = SmiDatabase.Command(connection, $"DELETE FROM applications WHERE {where}{tenant} RETURNING tenant_id, id, antwoorden",
                [.. parameters, ("@tenant", tenantId)]);
            command.Transaction = transaction;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var removed = new List<(string, string, string)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                removed.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
            return removed;
        }

        var drafts = await DeleteAsync("status = @draft AND updated_at < @before", ("@draft", Draft), ("@before", Clock.Text(now - draftAge)));
        var taken = await DeleteAsync("status = @taken AND afgenomen_at < @before", ("@taken", Taken), ("@before", Clock.Text(now - takenAge)));
        await transaction.CommitAsync(cancellationToken);
        return new ExpiredApplications(drafts.Count, taken.Count, [.. drafts, .. taken]);
    }

    private async Task<int> ExecuteAsync(CancellationToken cancellationToken, string sql, params (string, object?)[] parameters)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<StoredApplication>> ReadAsync(string where, (string, object?)[] parameters, int limit, CancellationToken cancellationToken, string order = "created_at, id")
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection, $"SELECT {Columns} FROM applications {where} ORDER BY {order} LIMIT {limit}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applications = new List<StoredApplication>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applications.Add(new StoredApplication(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                Text(reader, 5), Clock.Parse(reader.GetString(6)), Clock.Parse(reader.GetString(7)), Time(reader, 8), Time(reader, 9)));
        }
        return applications;
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset? Time(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : Clock.Parse(reader.GetString(column));
}
