using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Smi.Docs.Storage;

/// <summary>
/// One database (SQLite or PostgreSQL) holding tenants, API keys and the audit trail, at the current schema. Every
/// statement is plain SQL with <c>@name</c> parameters, which both drivers understand, so the stores above it are
/// written once.
/// </summary>
public sealed class SmiDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;

    private SmiDatabase(StorageLocation location)
    {
        Location = location;
        _postgres = location.Provider == StorageProvider.PostgreSql ? NpgsqlDataSource.Create(location.ConnectionString) : null;
    }

    public StorageLocation Location { get; }

    /// <summary>Opens the database and brings its schema up to date (<see cref="MigrationRunner"/>).</summary>
    public static async Task<SmiDatabase> OpenAsync(StorageLocation location, CancellationToken cancellationToken = default)
    {
        var database = new SmiDatabase(location);
        try
        {
            if (location.Provider == StorageProvider.Sqlite)
            {
                // Write-ahead logging lets requests read while another writes its audit entry; the mode stays with the file.
                await using var connection = await database.ConnectAsync(cancellationToken);
                await using var wal = Command(connection, "PRAGMA journal_mode=WAL");
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }
            await MigrationRunner.ApplyAsync(database, cancellationToken);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = _postgres is not null ? _postgres.CreateConnection() : new SqliteConnection(Location.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>True when a trivial query answers (the readiness check).</summary>
    public async Task<bool> AnswersAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await ConnectAsync(cancellationToken);
            await using var command = Command(connection, "SELECT 1");
            return await command.ExecuteScalarAsync(cancellationToken) is not null;
        }
        catch (DbException)
        {
            return false;
        }
    }

    internal static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
