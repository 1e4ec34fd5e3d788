using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Pipeline;
using Smi.Docs.Policy;
using Smi.Docs.Rendering;

namespace Smi.Docs.Batch;

/// <summary>
/// One batch item made into files: what the CLI's <see cref="BatchRunner"/> and the service's batch jobs share. It reads
/// the item (a case, or an envelope naming its own document and language), renders it, and turns every way it can fail
/// into diagnostics for the item's report line, so one bad item never stops the items after it.
/// </summary>
public static class BatchItemMaker
{
    /// <param name="Files">The item's files; null when it was not made (<see cref="Diagnostics"/> say why).</param>
    /// <param name="Diagnostics">The errors of an item not made, or the warnings of one made.</param>
    public sealed record Outcome(string? Kenmerk, string? Document, string? Language, IReadOnlyList<RenderedFile>? Files, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public bool Made => Files is not null;

        /// <summary>The item as read; what <see cref="MakeAsync"/> renders, so the case is parsed once.</summary>
        internal BatchRequest? Request { get; init; }

        public BatchItemReport Report(BatchItem item) => new(item.Ordinal, item.Name, item.Source, Kenmerk, Document, Language, Diagnostics);
    }

    /// <summary>The item read as a request, without rendering: its problems, or the document and language it asks for.</summary>
    public static Outcome Read(BatchItem item, string? document, string language)
    {
        var request = BatchRequest.Read(item, document, language);
        return new Outcome(request.Kenmerk, request.Document, request.Language, null, request.Problems) { Request = request };
    }

    /// <summary>Renders an item <see cref="Read"/> found no problem in.</summary>
    public static async Task<Outcome> MakeAsync(
        DocumentPipeline pipeline, BatchItem item, Outcome read, MunicipalityProfile profile, IReadOnlyList<string> formats, CancellationToken cancellationToken)
    {
        var request = read.Request ?? throw new ArgumentException("an outcome of Read is needed", nameof(read));
        var kenmerk = request.Kenmerk;
        Outcome Failed(IReadOnlyList<Diagnostic> diagnostics) => new(kenmerk, request.Document, request.Language, null, diagnostics);
        if (request.Problems.Count > 0)
        {
            return Failed(request.Problems);
        }
        try
        {
            var result = await pipeline.RenderAsync(
                new DocumentRequest(request.Zaak, profile, request.Document!, request.ParsedLanguage) { Formats = formats },
                cancellationToken);
            return result.Succeeded
                ? new Outcome(kenmerk, request.Document, request.Language, result.Files, result.Diagnostics)
                : Failed(result.Diagnostics);
        }
        catch (SmiDocsException e)
        {
            return Failed(e.Diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in one item (a bug its data happens to reach) must not stop the thousands after it. Only the
            // exception's type is kept: .NET messages can quote input text.
            return Failed([Diagnostic.Error(OptionCodes.UnexpectedFailure, $"unexpected failure ({e.GetType().FullName}) making this item; report it", new SourceLocation(item.Source))]);
        }
    }
}
