using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace Smi.Docs.Server.Attachments;

/// <summary>What the virus scanner said about one file.</summary>
internal enum ScanOutcome
{
    Clean,
    Infected,

    /// <summary>No answer (daemon down, time-out, refused): the file is refused too, a scan that did not happen is no scan.</summary>
    Unavailable,
}

/// <summary>
/// A client of ClamAV's daemon (Debian's <c>clamav-daemon</c>) over its INSTREAM command: the file is sent in chunks,
/// each with its length as four big-endian bytes, ended by a zero length; clamd answers "stream: OK" or
/// "stream: &lt;signature&gt; FOUND" (clamd(8), "INSTREAM"). The address is <c>tcp://host:port</c> or <c>unix:/path</c>.
/// </summary>
internal sealed class ClamAvScanner(string address, TimeSpan timeout)
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The outcome and, when infected, the signature's name (a name of ClamAV's, never the file's content).</summary>
    public async Task<(ScanOutcome Outcome, string? Signature)> ScanAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var socket = await ConnectAsync(deadline.Token);
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            await stream.WriteAsync("zINSTREAM\0"u8.ToArray(), deadline.Token);
            var length = new byte[4];
            for (var offset = 0; offset < content.Length; offset += ChunkBytes)
            {
                var chunk = content.Slice(offset, Math.Min(ChunkBytes, content.Length - offset));
                BinaryPrimitives.WriteUInt32BigEndian(length, (uint)chunk.Length);
                await stream.WriteAsync(length, deadline.Token);
                await stream.WriteAsync(chunk, deadline.Token);
            }
            BinaryPrimitives.WriteUInt32BigEndian(length, 0);
            await stream.WriteAsync(length, deadline.Token);
            return Interpret(await ReadReplyAsync(stream, deadline.Token));
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (ScanOutcome.Unavailable, null);
        }
    }

    internal static (ScanOutcome, string?) Interpret(string reply)
    {
        // "stream: OK", "stream: Eicar-Test-Signature FOUND", or "INSTREAM size limit exceeded. ERROR" and the like.
        if (reply == "stream: OK")
        {
            return (ScanOutcome.Clean, null);
        }
        const string prefix = "stream: ", found = " FOUND";
        if (reply.StartsWith(prefix, StringComparison.Ordinal) && reply.EndsWith(found, StringComparison.Ordinal))
        {
            return (ScanOutcome.Infected, reply[prefix.Length..^found.Length]);
        }
        return (ScanOutcome.Unavailable, null);
    }

    private async Task<Socket> ConnectAsync(CancellationToken cancellationToken)
    {
        if (address.StartsWith("unix:", StringComparison.Ordinal))
        {
            var unix = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await unix.ConnectAsync(new UnixDomainSocketEndPoint(address["unix:".Length..]), cancellationToken);
            return unix;
        }
        var uri = new Uri(address);
        if (uri.Scheme != "tcp")
        {
            throw new InvalidOperationException("the ClamAV address is tcp://host:port or unix:/path");
        }
        var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await tcp.ConnectAsync(uri.Host, uri.Port, cancellationToken);
        return tcp;
    }

    private static async Task<string> ReadReplyAsync(Stream stream, CancellationToken cancellationToken)
    {
        var reply = new List<byte>();
        var buffer = new byte[256];
        while (reply.Count < 4096)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                break;
            }
            var end = Array.IndexOf(buffer, (byte)0, 0, read);
            reply.AddRange(buffer.AsSpan(0, end < 0 ? read : end));
            if (end >= 0)
            {
                break;
            }
        }
        return Encoding.ASCII.GetString([.. reply]).Trim();
    }
}
