using System.Globalization;
using System.Reflection;

namespace Smi.Docs.Storage;

/// <summary>
/// Applies the numbered SQL files in <c>Migrations/</c> (embedded) that the database has not seen, each with its row in
/// <c>schema_migrations</c>.
/// Why plain SQL and not EF Core migrations: EF Core generates one migration set per provider, so SQLite and
/// PostgreSQL would drift apart by construction, and the stores are a handful of statements that need no ORM. One file
/// in the subset of SQL both databases share is the same schema everywhere, readable by a DBA, and the storage tests
/// run every file on both.
/// </summary>
internal static class MigrationRunner
{
    private const string Prefix = "Smi.Docs.Storage.Migrations.";

    /// <summary>Any fixed number: the one lock every instance of this service takes to migrate.</summary>
    private const long AdvisoryLockKey = 0x5D0C5;

    public static IReadOnlyList<(int Version, string Name)> Available { get; } = typeof(MigrationRunner).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => (Version: int.Parse(n[Prefix.Length..].Split('_')[0], CultureInfo.InvariantCulture), Name: n))
        .OrderBy(m => m.Version)
        .ToList();

    /// <summary>
    /// Everything in one transaction, so instances that start together on one database take turns: SQLite's transaction
    /// takes the write lock at its start, and on PostgreSQL an advisory lock (released at commit) does the same. The one
    /// that comes second finds the versions applied.
    /// </summary>
    public static async Task ApplyAsync(SmiDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        async Task ExecuteAsync(string sql, params (string, object?)[] parameters)
        {
            await using var command = SmiDatabase.Command(connection, sql, parameters);
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (database.Location.Provider == StorageProvider.PostgreSql)
        {
            await ExecuteAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})");
        }
        await ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)");
        var applied = new HashSet<int>();
        await using (var query = SmiDatabase.Command(connection, "SELECT version FROM schema_migrations"))
        {
            query.Transaction = transaction;
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }
        foreach (var (version, name) in Available.Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(Read(name));
            await ExecuteAsync("INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @at)", ("@version", version), ("@at", Clock.Now()));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
