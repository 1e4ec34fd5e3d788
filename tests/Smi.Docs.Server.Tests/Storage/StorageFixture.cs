using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Storage;

/// <summary>A fresh, empty database of either kind, so every storage test runs the same on SQLite and PostgreSQL.</summary>
internal static class FreshDatabase
{
    public static async Task<StorageLocation> LocationAsync(StorageProvider provider, PostgresCluster postgres) =>
        provider == StorageProvider.Sqlite
            ? StorageLocation.Sqlite(Directory.CreateTempSubdirectory("smi-docs-sqlite-").FullName)
            : StorageLocation.PostgreSql(await postgres.NewDatabaseAsync());
}
