using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Smi.Docs.Server.Tests.Storage;

/// <summary>
/// A throw-away PostgreSQL cluster for the storage tests: made with Debian's <c>initdb</c> in a temporary folder,
/// started on a free loopback port, and stopped and removed when the tests end, pass or fail. PostgreSQL refuses to run
/// as root, so as root it runs as the <c>postgres</c> user. A machine without PostgreSQL fails these tests: they may not
/// skip (scripts/install-prerequisites.sh installs it).
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("smi-docs-pg-").FullName;
    private string _bin = "";
    private int _port;
    private int _databases;

    private string DataFolder => Path.Combine(_folder, "data");

    public async ValueTask InitializeAsync()
    {
        _bin = Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).FirstOrDefault(b => File.Exists(Path.Combine(b, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb); run scripts/install-prerequisites.sh");
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "-R", "postgres", _folder);
        }
        _port = FreePort();
        await RunPostgresAsync("initdb", "-D", DataFolder, "-A", "trust", "-U", "smi", "--no-sync");
        await RunPostgresAsync("pg_ctl", "-D", DataFolder, "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "-l", Path.Combine(_folder, "log"), "-w", "start");
    }

    /// <summary>A new, empty database in the cluster, so each test starts from no schema at all.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return ConnectionString(name);
    }

    /// <summary>A new folder that goes when the cluster goes (for the SQLite side of the same tests).</summary>
    public string ScratchFolder() => Directory.CreateDirectory(Path.Combine(_folder, $"sqlite{Interlocked.Increment(ref _databases)}")).FullName;

    private string ConnectionString(string database) => $"Host=127.0.0.1;Port={_port};Username=smi;Database={database};Pooling=false";

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
            {
                await RunPostgresAsync("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "stop");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task RunPostgresAsync(string program, params string[] arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, program), .. arguments])
            : RunAsync(Path.Combine(_bin, program), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
