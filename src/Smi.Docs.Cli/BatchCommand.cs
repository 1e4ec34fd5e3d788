using System.CommandLine;
using Smi.Docs.Batch;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Pdf;
using Smi.Docs.Pipeline;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>smi-docs batch &lt;input&gt; --profile &lt;p&gt; [--doc id] [--lang nl] [--format …] --out &lt;dir&gt;</c>: every case of a
/// folder or a JSON Lines file with one warm pipeline; a report of what failed, an index for the mail house, and
/// resume by running the same command again (docs/architecture.md §13).
/// </summary>
internal static class BatchCommand
{
    /// <summary>Some items could not be made (see rapport.json), or the run was stopped before the end.</summary>
    public const int SomeFailed = 1;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputArgument = new Argument<FileSystemInfo>("input")
        {
            Description = "A folder of case files (*.json) or a JSON Lines file with one case per line. A case may be wrapped as {\"document\": …, \"taal\": …, \"zaak\": {…}} to choose its own document and language.",
        };
        var profileOption = new Option<FileInfo>("--profile") { Description = "The municipality's profile (YAML).", Required = true };
        var documentOption = new Option<string?>("--doc") { Description = $"Document of every plain case: {string.Join(", ", DocumentDefinitions.All.Select(d => d.Id))}. Without it every item must name its own." };
        var languageOption = new Option<string>("--lang") { Description = $"Language of every plain case: {Formatting.DocumentLanguage.Listing}.", DefaultValueFactory = _ => "nl" };
        var formatOption = new Option<string>("--format") { Description = "Comma-separated formats: html, docx, pdf.", DefaultValueFactory = _ => "html,docx,pdf" };
        var outOption = new Option<DirectoryInfo>("--out") { Description = "The batch's folder: <item>/<doc>.<lang>.<format>, rapport.json, rapport.csv and index.csv. Run the same command again to continue a stopped batch.", Required = true };
        var parallelOption = new Option<int>("--parallel") { Description = "Items made at the same time (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var templatesOption = TemplatesOption.Create();

        var command = new Command("batch", "Render many documents in one run, with progress, a report of per-case errors and resume. "
            + "Exit code 0 when every item was made, 1 when some failed or the run was stopped (see rapport.json), 2 when the batch could not start.")
        {
            inputArgument, profileOption, documentOption, languageOption, formatOption, outOption, parallelOption, templatesOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var input = parse.GetValue(inputArgument)!;
            var formats = DocumentFormats.Parse(parse.GetValue(formatOption)!);
            var language = parse.GetValue(languageOption)!;
            DocumentComposer.ParseLanguage(language);
            if (parse.GetValue(documentOption) is { } document && DocumentDefinitions.Find(document) is null)
            {
                throw new SmiDocsException(Diagnostic.Error(OptionCodes.UnknownDocument,
                    $"unknown document; expected one of {string.Join(", ", DocumentDefinitions.All.Select(d => d.Id))}", new SourceLocation("--doc")));
            }
            if (!input.Exists)
            {
                throw new SmiDocsException(Diagnostic.Error(OptionCodes.FileNotFound, "no folder or file here", new SourceLocation(input.FullName)));
            }
            var profileFile = parse.GetValue(profileOption)!;
            var profile = InputFiles.ReadProfile(profileFile);
            var templates = TemplatesOption.Resolve(parse.GetValue(templatesOption));
            var outFolder = parse.GetValue(outOption)!.FullName;
            var options = new BatchOptions(input.FullName, outFolder, profile, parse.GetValue(documentOption), language, formats,
                BatchVersion.Of(profileFile.FullName, templates))
            {
                Parallelism = Math.Max(1, parse.GetValue(parallelOption)),
                Pages = file => file.FileName.EndsWith(".pdf", StringComparison.Ordinal) ? PdfPageCount.Of(file.Content) : null,
            };
            if (new Rendering.OutputDirectory(outFolder).Check() is [_, ..] outProblems)
            {
                return await DiagnosticsOutput.ReportAsync(outProblems, error);
            }

            await using var cli = await CliPipeline.StartAsync(templates, formats, cancellationToken);
            var result = await BatchProgressDisplay.RunAsync(new BatchRunner(cli.Pipeline, options), error, cancellationToken);
            BatchReport.Write(result, outFolder);

            await output.WriteLineAsync(Summary(result));
            await output.WriteLineAsync($"report: {Path.Combine(outFolder, BatchReport.JsonReport)}, index: {Path.Combine(outFolder, BatchReport.Index)}");
            if (result.Interrupted)
            {
                await output.WriteLineAsync("stopped before the end; run the same command again to continue where it stopped");
            }
            return result.AllSucceeded ? ExitCodes.Ok : SomeFailed;
        });
        return command;
    }

    private static string Summary(BatchResult result) =>
        $"{result.Total} items: {result.Rendered} made, {result.Skipped} already made, {result.Failures.Count} failed"
        + (result.Interrupted ? $", {result.Total - result.Finished.Count - result.Failures.Count} not done" : "")
        + (result.Warnings.Count > 0 ? $"; {result.Warnings.Count} made with warnings (see the report)" : "");
}
