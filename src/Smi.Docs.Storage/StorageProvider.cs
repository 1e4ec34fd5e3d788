namespace Smi.Docs.Storage;

/// <summary>The two databases the service runs on: SQLite in a data folder (zero set-up) or PostgreSQL.</summary>
public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
