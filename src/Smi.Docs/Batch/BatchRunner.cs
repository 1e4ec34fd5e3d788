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
        var request = BatchRequest.Read(item, options.Document, options.Language);
        var kenmerk = request.Zaak?.Zaaknummer;
        if (request.Problems.Count > 0)
        {
            return (Failure(item, request, kenmerk, request.Problems), false, null);
        }
        var key = Key(item, request);
        if (manifest.Finished(item.Name, key) is { } done)
        {
            return (done, true, null);
        }
        RenderResult result;
        try
        {
            result = await pipeline.RenderAsync(
                new DocumentRequest(request.Zaak, options.Profile, request.Document!, request.ParsedLanguage) { Formats = options.Formats },
                cancellationToken);
        }
        catch (SmiDocsException e)
        {
            return (Failure(item, request, kenmerk, e.Diagnostics), false, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in one item (a bug its data happens to reach) must not stop the thousands after it. Only the
            // exception's type is kept: .NET messages can quote input text.
            return (Failure(item, request, kenmerk,
                [Diagnostic.Error(OptionCodes.UnexpectedFailure, $"unexpected failure ({e.GetType().FullName}) making this item; report it", new SourceLocation(item.Source))]), false, null);
        }
        if (!result.Succeeded)
        {
            return (Failure(item, request, kenmerk, result.Diagnostics), false, null);
        }
        try
        {
            new OutputDirectory(Path.Combine(options.Output, item.Name)) { Overwrite = true }.WriteAll(result.Files, cancellationToken);
        }
        catch (SmiDocsException e)
        {
            return (Failure(item, request, kenmerk, e.Diagnostics), false, null);
        }
        var entry = new BatchEntry(item.Name, key, kenmerk, request.Document!, request.Language!,
            [.. result.Files.Select(f => new BatchFile(f.FileName, Convert.ToHexStringLower(SHA256.HashData(f.Content)), f.Content.LongLength, options.Pages(f)))]);
        manifest.Add(entry);
        return (entry, false, result.Diagnostics.Count > 0 ? Failure(item, request, kenmerk, result.Diagnostics) : null);
    }

    private static BatchItemReport Failure(BatchItem item, BatchRequest request, string? kenmerk, IReadOnlyList<Diagnostic> diagnostics) =>
        new(item.Ordinal, item.Name, item.Source, kenmerk, request.Document, request.Language, diagnostics);

    /// <summary>Everything the item's output depends on; a change in any of it makes the item render again.</summary>
    private string Key(BatchItem item, BatchRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(item.Content!);
        hash.AppendData(Encoding.UTF8.GetBytes($"\n{request.Document}\n{request.Language}\n{string.Join(',', options.Formats)}\n{options.Version}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
