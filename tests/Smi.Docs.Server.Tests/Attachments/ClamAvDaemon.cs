using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Smi.Docs.Server.Tests.Attachments;

/// <summary>
/// A real ClamAV daemon for the attachment tests (Debian's <c>clamav-daemon</c>, installed by
/// scripts/install-prerequisites.sh; missing, these tests fail rather than skip), on a free loopback port, stopped when
/// the tests end. The machine has no internet for freshclam, so its database is one signature of our own: the EICAR
/// test string anywhere in a file (ClamAV's .ndb format, "name:target:offset:hex"), which is what an anti-virus test file
/// is for. A municipality's daemon runs with the full, updated database; the protocol and our handling are the same.
/// </summary>
public sealed class ClamAvDaemon : IAsyncLifetime
{
    /// <summary>The EICAR anti-virus test file (eicar.org): harmless, recognised as a virus on purpose.</summary>
    public static readonly byte[] Eicar = Encoding.ASCII.GetBytes(@"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");

    public const string SignatureName = "Smi-Test-Eicar";

    private readonly string _folder = Directory.CreateTempSubdirectory("smi-docs-clamav-").FullName;
    private Process? _daemon;

    public string Address { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        const string clamd = "/usr/sbin/clamd";
        if (!File.Exists(clamd))
        {
            throw new InvalidOperationException("ClamAV is not installed (/usr/sbin/clamd); run scripts/install-prerequisites.sh");
        }
        var database = Directory.CreateDirectory(Path.Combine(_folder, "db")).FullName;
        await File.WriteAllTextAsync(Path.Combine(database, "smi-test.ndb"), $"{SignatureName}:0:*:{Convert.ToHexStringLower(Eicar)}\n");
        var port = FreePort();
        var config = Path.Combine(_folder, "clamd.conf");
        await File.WriteAllTextAsync(config, string.Join('\n',
            "Foreground yes", $"DatabaseDirectory {database}", $"TCPSocket {port}", "TCPAddr 127.0.0.1", $"PidFile {Path.Combine(_folder, "clamd.pid")}",
            "StreamMaxLength 20M", $"TemporaryDirectory {_folder}", "LogFile " + Path.Combine(_folder, "clamd.log"), ""));
        _daemon = Process.Start(new ProcessStartInfo(clamd, ["-c", config]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        _daemon.OutputDataReceived += (_, _) => { };
        _daemon.ErrorDataReceived += (_, _) => { };
        _daemon.BeginOutputReadLine();
        _daemon.BeginErrorReadLine();
        Address = $"tcp://127.0.0.1:{port}";
        var waited = Stopwatch.StartNew();
        while (!await AnswersPingAsync(port))
        {
            if (_daemon.HasExited || waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException($"clamd did not start: {await File.ReadAllTextAsync(Path.Combine(_folder, "clamd.log")).ConfigureAwait(false)}");
            }
            await Task.Delay(200);
        }
    }

    private static async Task<bool> AnswersPingAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            var stream = client.GetStream();
            await stream.WriteAsync("zPING\0"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_daemon is { HasExited: false })
        {
            _daemon.Kill(entireProcessTree: true);
            await _daemon.WaitForExitAsync();
        }
        _daemon?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
