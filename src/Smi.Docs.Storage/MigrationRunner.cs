using System.Globalization;
using System.Reflection;

namespace Smi.Docs.Storage;

/// <summary>
/// Applies the numbered SQL files in <c>Migrations/</c> (embedded) that the database has not seen, each in its own
/// transaction with its row in <c>schema_migrations</c>.
/// Why plain SQL and not EF Core migrations: EF Core generates one migration set per provider, so SQLite and
/// PostgreSQL would drift apart by construction, and the stores are a handful of statements that need no ORM. One file
/// in the subset of SQL both databases share is the same schema everywhere, readable by a DBA, and the storage tests
/// run every file on both.
/// </summary>
internal static class MigrationRunner
{
    private const string Prefix = "Smi.Docs.Storage.Migrations.";

    public static IReadOnlyList<(int Version, string Name)> Available { get; } = typeof(MigrationRunner).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => (Version: int.Parse(n[Prefix.Length..].Split('_')[0], CultureInfo.InvariantCulture), Name: n))
        .OrderBy(m => m.Version)
        .ToList();

    public static async Task ApplyAsync(SmiDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using (var create = SmiDatabase.Command(connection,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        var applied = new HashSet<int>();
        await using (var query = SmiDatabase.Command(connection, "SELECT version FROM schema_migrations"))
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }
        foreach (var (version, name) in Available.Where(m => !applied.Contains(m.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var migrate = SmiDatabase.Command(connection, Read(name)))
            {
                migrate.Transaction = transaction;
                await migrate.ExecuteNonQueryAsync(cancellationToken);
            }
            await using (var record = SmiDatabase.Command(connection, "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @at)",
                ("@version", version), ("@at", Clock.Now())))
            {
                record.Transaction = transaction;
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static string Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
