using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Pipeline;
using Smi.Docs.Rendering;

namespace Smi.Docs.Batch;

/// <summary>
/// Makes the documents of a whole batch with one warm pipeline (docs/architecture.md §13): items stream from the
/// input through a bounded queue to <see cref="BatchOptions.Parallelism"/> workers, so memory stays bounded however
/// long the input. Each item's files are written all or nothing into its own folder and then recorded in the
/// <see cref="BatchManifest"/>; an item already recorded with the same key is skipped, which makes a stopped batch
/// resumable. A bad item is reported and the batch goes on. Cancellation stops reading, lets nothing half-written
/// stay behind, and still returns what was done.
/// </summary>
public sealed class BatchRunner(DocumentPipeline pipeline, BatchOptions options)
{
    public async Task<BatchResult> RunAsync(IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var total = await BatchInput.CountAsync(options.Input, cancellationToken);
        var finished = new ConcurrentDictionary<int, BatchEntry>();
        var failures = new ConcurrentBag<BatchItemReport>();
        var warnings = new ConcurrentBag<BatchItemReport>();
        int rendered = 0, skipped = 0;
        void Report() => progress?.Report(new BatchProgress(total, Volatile.Read(ref rendered), Volatile.Read(ref skipped), failures.Count, clock.Elapsed));

        using var manifest = BatchManifest.Open(options.Output);
        var queue = Channel.CreateBounded<BatchItem>(new BoundedChannelOptions(Math.Max(1, options.Parallelism) * 2) { SingleWriter = true });
        var interrupted = false;
        try
        {
            var reader = Task.Run(async () =>
            {
                try
                {
                    await foreach (var item in BatchInput.ReadAsync(options.Input, cancellationToken))
                    {
                        await queue.Writer.WriteAsync(item, cancellationToken);
                    }
                }
                finally
                {
                    queue.Writer.TryComplete();
                }
            }, CancellationToken.None);
            var workers = Enumerable.Range(0, Math.Max(1, options.Parallelism)).Select(_ => Task.Run(async () =>
            {
                await foreach (var item in queue.Reader.ReadAllAsync(cancellationToken))
                {
                    var (outcome, wasThere, warned) = await MakeAsync(item, manifest, cancellationToken);
                    if (warned is not null)
                    {
                        warnings.Add(warned);
                    }
                    switch ((outcome, wasThere))
                    {
                        case (BatchEntry entry, true):
                            finished[item.Ordinal] = entry;
                            Interlocked.Increment(ref skipped);
                            break;
                        case (BatchEntry entry, false):
                            finished[item.Ordinal] = entry;
                            Interlocked.Increment(ref rendered);
                            break;
                        case (BatchItemReport failure, _):
                            failures.Add(failure);
                            break;
                    }
                    Report();
                }
            }, CancellationToken.None)).ToList();
            await Task.WhenAll([reader, .. workers]);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }
        Report();
        return new BatchResult(
            total,
            rendered,
            skipped,
            [.. finished.OrderBy(p => p.Key).Select(p => p.Value)],
            [.. failures.OrderBy(f => f.Ordinal)],
            interrupted)
        {
            Warnings = [.. warnings.OrderBy(w => w.Ordinal)],
        };
    }

    /// <summary>The item's entry (and whether it was there already) or its failure; and its warnings, when it was made with some.</summary>
    private async Task<(object Outcome, bool Skipped, BatchItemReport? Warnings)> MakeAsync(BatchItem item, BatchManifest manifest, CancellationToken cancellationToken)
    {
        var read = BatchItemMaker.Read(item, options.Document, options.Language);
        if (read.Diagnostics.Count > 0)
        {
            return (read.Report(item), false, null);
        }
        var key = Key(item, read.Document!, read.Language!);
        if (manifest.Finished(item.Name, key) is { } done)
        {
            return (done, true, null);
        }
        var made = await BatchItemMaker.MakeAsync(pipeline, item, read, options.Profile, options.Formats, cancellationToken);
        if (!made.Made)
        {
            return (made.Report(item), false, null);
        }
        try
        {
            new OutputDirectory(Path.Combine(options.Output, item.Name)) { Overwrite = true }.WriteAll(made.Files!, cancellationToken);
        }
        catch (SmiDocsException e)
        {
            return ((made with { Diagnostics = e.Diagnostics }).Report(item), false, null);
        }
        var entry = new BatchEntry(item.Name, key, made.Kenmerk, made.Document!, made.Language!,
            [.. made.Files!.Select(f => new BatchFile(f.FileName, Convert.ToHexStringLower(SHA256.HashData(f.Content)), f.Content.LongLength, options.Pages(f)))]);
        manifest.Add(entry);
        return (entry, false, made.Diagnostics.Count > 0 ? made.Report(item) : null);
    }

    /// <summary>Everything the item's output depends on; a change in any of it makes the item render again.</summary>
    private string Key(BatchItem item, string document, string language)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(item.Content!);
        hash.AppendData(Encoding.UTF8.GetBytes($"\n{document}\n{language}\n{string.Join(',', options.Formats)}\n{options.Version}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
