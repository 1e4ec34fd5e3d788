using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Storage;

/// <summary>
/// A fresh, empty database of either kind, so every storage test runs the same on SQLite and PostgreSQL. The SQLite
/// folders lie under one temporary folder per test run, removed with the PostgreSQL cluster's.
/// </summary>
internal static class FreshDatabase
{
    public static async Task<StorageLocation> LocationAsync(StorageProvider provider, PostgresCluster postgres) =>
        provider == StorageProvider.Sqlite
            ? StorageLocation.Sqlite(postgres.ScratchFolder())
            : StorageLocation.PostgreSql(await postgres.NewDatabaseAsync());
}
