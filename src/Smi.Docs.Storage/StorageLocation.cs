namespace Smi.Docs.Storage;

/// <summary>
/// Where tenants, keys and the audit trail live. The server and the operator's CLI commands read it the same way, so
/// <c>smi-docs keys create</c> writes where the server looks: a PostgreSQL connection string when one is given
/// (option or <c>SMI_DOCS_DATABASE</c>), else <c>smi-docs.db</c> in the data folder (option, <c>SMI_DOCS_DATA</c>, or
/// <c>smi-docs-data</c> in the working folder).
/// </summary>
public sealed record StorageLocation(StorageProvider Provider, string ConnectionString)
{
    public const string DatabaseVariable = "SMI_DOCS_DATABASE";
    public const string DataFolderVariable = "SMI_DOCS_DATA";
    public const string DefaultDataFolder = "smi-docs-data";
    public const string SqliteFileName = "smi-docs.db";

    public static StorageLocation Sqlite(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        var file = Path.Combine(Path.GetFullPath(dataFolder), SqliteFileName);
        // Foreign keys are off in SQLite unless asked for on every connection; PostgreSQL always keeps them.
        return new(StorageProvider.Sqlite, $"Data Source={file};Foreign Keys=True") { DataFolder = Path.GetFullPath(dataFolder) };
    }

    /// <summary>The SQLite data folder (other files of the service may sit beside the database); null on PostgreSQL.</summary>
    public string? DataFolder { get; init; }

    public static StorageLocation PostgreSql(string connectionString) => new(StorageProvider.PostgreSql, connectionString);

    public static StorageLocation Resolve(string? dataFolder, string? connectionString)
    {
        var database = Blank(connectionString) ?? Blank(Environment.GetEnvironmentVariable(DatabaseVariable));
        return database is not null
            ? PostgreSql(database)
            : Sqlite(Blank(dataFolder) ?? Blank(Environment.GetEnvironmentVariable(DataFolderVariable)) ?? DefaultDataFolder);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>What an operator may see: the provider and, for SQLite, the file; never a password.</summary>
    public override string ToString() => Provider == StorageProvider.Sqlite ? $"SQLite ({ConnectionString.Split(';')[0]})" : "PostgreSQL";
}
