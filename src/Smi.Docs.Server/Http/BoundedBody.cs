namespace Smi.Docs.Server.Http;

/// <summary>
/// A request body read only up to a budget: one byte more ends the read with <see cref="TooLargeException"/>, so a body
/// without a length (chunked) is refused as soon as it passes the limit, not after it was all taken.
/// </summary>
internal sealed class BoundedBody(Stream inner, long maxBytes) : Stream
{
    private long _read;

    public sealed class TooLargeException() : IOException("the body passed its limit");

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        _read += read;
        return _read > maxBytes ? throw new TooLargeException() : read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Kestrel allows no synchronous reads; nor does this.
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("read the body asynchronously");

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
