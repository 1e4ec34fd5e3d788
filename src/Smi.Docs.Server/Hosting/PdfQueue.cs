using Smi.Docs.Diagnostics;
using Smi.Docs.Server.Http;

namespace Smi.Docs.Server.Hosting;

/// <summary>
/// Bounds the PDF renders waiting or running at once. Chromium prints a few documents at a time (its page pool); more
/// callers wait for a page. Past <see cref="ServerSettings.PdfQueueLimit"/> a caller is told to come back (503 with
/// Retry-After) instead of waiting without end while memory grows.
/// </summary>
internal sealed class PdfQueue(ServerSettings settings)
{
    /// <summary>Seconds a refused caller is asked to wait: about the time the queue takes to drain at a few letters a second.</summary>
    public const int RetryAfterSeconds = 5;

    private int _inQueue;

    /// <summary>The answer when <see cref="TryEnter"/> found the queue full.</summary>
    public static Problem.ProblemResult Full() => Problem.For(StatusCodes.Status503ServiceUnavailable,
        [Diagnostic.Error(ServerCodes.Busy, "the PDF queue is full; send again after the Retry-After seconds", new SourceLocation(null))], RetryAfterSeconds);

    /// <returns>A place that must be disposed when the render ends, or null when the queue is full.</returns>
    public IDisposable? TryEnter()
    {
        if (Interlocked.Increment(ref _inQueue) > settings.PdfQueueLimit)
        {
            Interlocked.Decrement(ref _inQueue);
            return null;
        }
        return new Place(this);
    }

    private sealed class Place(PdfQueue queue) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                Interlocked.Decrement(ref queue._inQueue);
            }
        }
    }
}
