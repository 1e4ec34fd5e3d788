using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Smi.Docs.Server.Tests.Storage;
using Smi.Docs.Storage;
using static Smi.Docs.Server.Tests.Api.BatchTests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>
/// Two instances of the built service on one PostgreSQL database (issue 14, point 6): a batch sent to one is made by
/// both; one is killed (SIGKILL) while it holds a job; the other takes that job again after the job timeout and
/// finishes the batch; the index lists every case once and the audit trail has one entry per case.
/// </summary>
[Collection(PostgresCollection.Name)]
[NeedsServerProcesses]
public sealed class TwoInstanceBatchTests(PostgresCluster postgres)
{
    private const int Cases = 200;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_batch_is_shared_by_two_instances_and_finished_by_one_when_the_other_is_killed()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        string key;
        await using (var setup = await SmiDatabase.OpenAsync(StorageLocation.PostgreSql(connectionString), Ct))
        {
            await new TenantStore(setup).AddAsync(new Tenant("voorbeeldstad", "Voorbeeldstad", RepoPaths.Profile("voorbeeldstad"), null, DateTimeOffset.UtcNow), Ct);
            key = (await new ApiKeyStore(setup).CreateAsync("voorbeeldstad", Ct))!.Secret;
        }
        await using var database = await SmiDatabase.OpenAsync(StorageLocation.PostgreSql(connectionString), Ct);
        using var a = await Instance.StartAsync("instance-a", connectionString);
        using var b = await Instance.StartAsync("instance-b", connectionString);
        using var client = new HttpClient { BaseAddress = a.Address };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);

        var created = await client.SendAsync(JsonLines("/api/v1/batches?formaat=html,docx", Lines()), Ct);
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var location = created.Headers.Location!.ToString();

        // Kill B as soon as it has made some items and holds a job it has not finished.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!(await CountAsync(database, "gemaakt_door = 'instance-b'") >= 10 && await CountAsync(database, "bezig_door = 'instance-b' AND status = 'wacht'") > 0))
        {
            Assert.True(DateTime.UtcNow < deadline, "instance B made no items while the batch ran");
            await Task.Delay(10, Ct);
        }
        b.Kill();
        var orphaned = await OrdinalsAsync(database, "bezig_door = 'instance-b' AND status = 'wacht'");
        Assert.NotEmpty(orphaned);

        var status = await FinishedAsync(client, location, seconds: 180);
        Assert.Equal(Cases, status["gemaakt"]!.GetValue<int>());
        Assert.Equal(0, status["mislukt"]!.GetValue<int>());
        Assert.True(await CountAsync(database, "gemaakt_door = 'instance-a'") > 0);
        Assert.True(await CountAsync(database, "gemaakt_door = 'instance-b'") >= 10);
        // What B held when it died, A made.
        Assert.Equal(orphaned, await OrdinalsAsync(database, $"gemaakt_door = 'instance-a' AND ordinal IN ({string.Join(',', orphaned)})"));

        using var zip = new ZipArchive(await (await client.GetAsync(location + "/bestanden", Ct)).Content.ReadAsStreamAsync(Ct));
        using var indexReader = new StreamReader(zip.GetEntry("index.csv")!.Open(), Encoding.UTF8);
        var rows = (await indexReader.ReadToEndAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();
        Assert.Equal(Cases * 2, rows.Count);
        Assert.All(rows.GroupBy(r => r[0]), kenmerk => Assert.Equal(2, kenmerk.Count()));
        Assert.Equal(Cases, rows.Select(r => r[0]).Distinct().Count());
        Assert.Equal(Cases * 2 + 3, zip.Entries.Count);
        var audit = await new AuditTrail(database).ListAsync("voorbeeldstad", 1000, Ct);
        Assert.Equal(Cases, audit.Count(e => e.Outcome == "ok"));
        Assert.Equal(Cases, audit.Select(e => e.Kenmerk).Distinct().Count());
    }

    /// <summary>Toekenningen, afwijzingen and verlengingen in three languages, each with its own kenmerk.</summary>
    private static IEnumerable<string> Lines()
    {
        (string Document, string Case)[] kinds =
        [
            ("toekenning", "toekenning-een-kind-dagopvang"), ("afwijzing", "afwijzing-voorliggende-voorziening"), ("verlenging", "verlenging-eerste"),
            ("toekenning", "toekenning-twee-kinderen-ouder"),
        ];
        string[] languages = ["nl", "en", "tr"];
        for (var i = 0; i < Cases; i++)
        {
            var (document, name) = kinds[i % kinds.Length];
            var zaak = JsonNode.Parse(File.ReadAllText(RepoPaths.Case(name)))!.AsObject();
            zaak["zaaknummer"] = $"SMI-2026-{i + 1:D6}";
            yield return Envelope(document, languages[i % languages.Length], zaak.ToJsonString());
        }
    }

    private static async Task<long> CountAsync(SmiDatabase database, string where)
    {
        await using var connection = await database.ConnectAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM batch_items WHERE {where}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<int>> OrdinalsAsync(SmiDatabase database, string where)
    {
        await using var connection = await database.ConnectAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT ordinal FROM batch_items WHERE {where} ORDER BY ordinal";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var ordinals = new List<int>();
        while (await reader.ReadAsync(Ct))
        {
            ordinals.Add(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }
        return ordinals;
    }

    /// <summary>The built service as a process on a free loopback port, stopped (killed) when disposed.</summary>
    private sealed class Instance : IDisposable
    {
        private readonly Process _process;

        private Instance(Process process, Uri address)
        {
            _process = process;
            Address = address;
        }

        public Uri Address { get; }

        public static async Task<Instance> StartAsync(string name, string connectionString)
        {
            var server = Path.Combine(RepoPaths.Root, "src", "Smi.Docs.Server", "bin", "Release", "net10.0", "Smi.Docs.Server.dll");
            Assert.True(File.Exists(server), $"{server} is missing; run dotnet build Smi.Docs.sln -c Release");
            var address = new Uri($"http://127.0.0.1:{FreePort()}");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
            start.ArgumentList.Add(server);
            start.Environment["ASPNETCORE_URLS"] = address.ToString();
            start.Environment["Smi__Database"] = connectionString;
            start.Environment["Smi__Templates"] = RepoPaths.Templates;
            start.Environment["Smi__Pdf"] = "false";
            start.Environment["Smi__RequestsPerMinute"] = "100000";
            start.Environment["Smi__Batches__InstanceName"] = name;
            start.Environment["Smi__Batches__Workers"] = "1";
            start.Environment["Smi__Batches__ChunkSize"] = "10";
            // A job of a dead instance comes back after this; a living one keeps extending it (sliding invisibility).
            start.Environment["Smi__Batches__JobTimeoutSeconds"] = "5";
            start.Environment["Smi__Batches__PollIntervalMilliseconds"] = "200";
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var instance = new Instance(process, address);
            using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                try
                {
                    if ((await probe.GetAsync("/health/ready", Ct)).IsSuccessStatusCode)
                    {
                        return instance;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException) when (!Ct.IsCancellationRequested)
                {
                }
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    instance.Dispose();
                    Assert.Fail($"{name} did not become ready (exit: {(process.HasExited ? process.ExitCode : "still running")})");
                }
                await Task.Delay(200, Ct);
            }
        }

        /// <summary>SIGKILL: no shutdown, no job handed back; what it held waits for the job timeout.</summary>
        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }
            _process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
