using System.CommandLine;
using Smi.Docs.Cases;
using System.Diagnostics;
using System.Globalization;
using Smi.Docs.Diagnostics;
using Smi.Docs.Documents;
using Smi.Docs.Composition;
using Smi.Docs.Pipeline;
using Smi.Docs.Rendering;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>smi-docs bench</c>: renders the bundled examples many times and prints milliseconds per document and
/// documents per second for composing and for each format — a measurement, not a test.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var casesOption = new Option<DirectoryInfo>("--cases") { Description = "Directory with case JSON files.", DefaultValueFactory = _ => new DirectoryInfo("examples/cases") };
        var profileOption = new Option<FileInfo>("--profile") { Description = "Profile to render with.", DefaultValueFactory = _ => new FileInfo("examples/profiles/voorbeeldstad.yaml") };
        var documentOption = new Option<string>("--doc") { Description = "Document id.", DefaultValueFactory = _ => "toekenning" };
        var languageOption = new Option<string>("--lang") { Description = $"Language to render in: {Formatting.DocumentLanguage.Listing}.", DefaultValueFactory = _ => "nl" };
        var iterationsOption = new Option<int>("--iterations") { Description = "Documents rendered per format after warm-up.", DefaultValueFactory = _ => 50 };
        var formatOption = new Option<string>("--format") { Description = "Formats to measure.", DefaultValueFactory = _ => "html,docx,pdf" };
        var templatesOption = TemplatesOption.Create();
        var batchOption = new Option<string?>("--batch") { Description = "Instead: N generated cases (all documents, 1-3 children, every language) through the batch path; several sizes as N,M show the cost per letter at each. Formats default to html,docx." };
        var parallelOption = new Option<int>("--parallel") { Description = "With --batch: items made at the same time (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var keepOption = new Option<bool>("--keep") { Description = "With --batch: keep the temporary folder with the cases, the letters and the report." };
        var peersOption = new Option<FileInfo[]>("--peers") { Description = "Results of the peers' run (out/results/run-*.jsonl, with our rows from bench/peers/smi-docs.sh): print our ratios to the peers. Alone it measures nothing else.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("bench", "Measure rendering speed on the examples: ms per document and documents per second per format.")
        {
            casesOption, profileOption, documentOption, languageOption, iterationsOption, formatOption, templatesOption,
            batchOption, parallelOption, keepOption, peersOption,
        };
        command.Subcommands.Add(BenchPeersCommand.Create(output, error));
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var peers = parse.GetValue(peersOption) ?? [];
                if (parse.GetValue(batchOption) is { } batch)
                {
                    var sizes = BenchBatch.ParseSizes(batch) ?? throw new SmiDocsException(Diagnostic.Error(OptionCodes.OptionsDoNotFit, "expected one or more positive whole numbers, comma-separated", new SourceLocation("--batch")));
                    var batchFormats = DocumentFormats.Parse(parse.GetResult(formatOption) is { Implicit: false } ? parse.GetValue(formatOption)! : "html,docx");
                    var made = await RunBatchAsync(parse.GetValue(casesOption)!, parse.GetValue(profileOption)!, TemplatesOption.Resolve(parse.GetValue(templatesOption)),
                        batchFormats, Math.Max(1, parse.GetValue(parallelOption)), sizes, parse.GetValue(keepOption), output, cancellationToken);
                    await WritePeerRatiosAsync(peers, output);
                    return made ? ExitCodes.Ok : BatchCommand.SomeFailed;
                }
                if (peers.Length > 0)
                {
                    await WritePeerRatiosAsync(peers, output);
                    return ExitCodes.Ok;
                }
                var formats = DocumentFormats.Parse(parse.GetValue(formatOption)!);
                var documentId = parse.GetValue(documentOption)!;
                var language = DocumentComposer.ParseLanguage(parse.GetValue(languageOption)!);
                var iterations = Math.Max(1, parse.GetValue(iterationsOption));
                var profile = InputFiles.ReadProfile(parse.GetValue(profileOption)!);
                var caseFiles = parse.GetValue(casesOption)!.GetFiles($"{documentId}*.json").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
                var cases = caseFiles.Select(InputFiles.ReadCase).ToList();
                var caseTexts = caseFiles.Select(f => (Text: File.ReadAllText(f.FullName), f.Name)).ToList();
                if (cases.Count == 0)
                {
                    throw new SmiDocsException(Diagnostic.Error(OptionCodes.OptionsDoNotFit, $"no {documentId}*.json cases to measure", new SourceLocation("--cases")));
                }
                var started = Stopwatch.StartNew();
                await using var cli = await CliPipeline.StartAsync(TemplatesOption.Resolve(parse.GetValue(templatesOption)), formats, cancellationToken);
                var pipeline = cli.Pipeline;
                await output.WriteLineAsync($"start-up (templates compiled{(formats.Contains(DocumentFormats.Pdf) ? ", browser launched" : "")}): {started.Elapsed.TotalMilliseconds:F0} ms");
                await output.WriteLineAsync($"{cases.Count} example case(s), {iterations} documents per row, {Environment.ProcessorCount} cores");
                await output.WriteLineAsync($"{"step",-16}{"median ms",12}{"mean ms",12}{"p95 ms",12}{"docs/s",12}");

                // Reading and checking the case JSON apart (what a case system's request costs before composing).
                await ReportAsync(output, "read case", iterations, i =>
                {
                    CaseReader.Read(caseTexts[i % caseTexts.Count].Text, caseTexts[i % caseTexts.Count].Name);
                    return Task.CompletedTask;
                });
                var requests = cases.Select(c => new DocumentRequest(c, profile, documentId, language)).ToList();
                var documents = requests.Select(r => pipeline.Composer.Compose(r).Parts[0]).ToList();
                await ReportAsync(output, "compose", iterations, i =>
                {
                    pipeline.Composer.Compose(requests[i % requests.Count]);
                    return Task.CompletedTask;
                });
                if (DocumentDefinitions.Find(documentId) is LetterDefinition)
                {
                    var stages = requests.Select(pipeline.Composer.TemplateStage).ToList();
                    await ReportAsync(output, "template+md", iterations, i =>
                    {
                        stages[i % stages.Count]();
                        return Task.CompletedTask;
                    });
                }
                foreach (var format in formats)
                {
                    await ReportAsync(output, format, iterations, i => pipeline.Renderer(format).RenderAsync(documents[i % documents.Count], cancellationToken));
                }
                if (formats.Contains(DocumentFormats.Pdf))
                {
                    await ReportParallelAsync(output, "pdf (parallel)", iterations, documents, pipeline.Renderer(DocumentFormats.Pdf), cancellationToken);
                }
                return ExitCodes.Ok;
            }
            catch (SmiDocsException e)
            {
                return await DiagnosticsOutput.ReportAsync(e.Diagnostics, error);
            }
        });
        return command;
    }

    private static async Task<bool> RunBatchAsync(DirectoryInfo cases, FileInfo profileFile, string templates, IReadOnlyList<string> formats, int parallel,
        IReadOnlyList<int> sizes, bool keep, TextWriter output, CancellationToken cancellationToken)
    {
        var generator = BenchCaseGenerator.FromExamples(cases.FullName);
        var profile = InputFiles.ReadProfile(profileFile);
        var started = Stopwatch.StartNew();
        await using var cli = await CliPipeline.StartAsync(templates, formats, cancellationToken);
        await output.WriteLineAsync($"start-up (templates compiled{(formats.Contains(DocumentFormats.Pdf) ? ", browser launched" : "")}): {started.Elapsed.TotalMilliseconds:F0} ms, not in the figures below");
        // The options smi-docs batch builds; input and output are set per size.
        var options = new Batch.BatchOptions("", "", profile, null, "nl", formats, Batch.BatchVersion.Of(profileFile.FullName, templates))
        {
            Parallelism = parallel,
            Pages = BenchBatch.Pages,
        };
        return await new BenchBatch(cli.Pipeline, generator, options, output).RunAsync(sizes, keep, cancellationToken);
    }

    private static async Task WritePeerRatiosAsync(IReadOnlyList<FileInfo> files, TextWriter output)
    {
        if (files.Count == 0)
        {
            return;
        }
        if (files.FirstOrDefault(f => !f.Exists) is { } missing)
        {
            throw new SmiDocsException(Diagnostic.Error(OptionCodes.FileNotFound, "file not found", new SourceLocation(missing.FullName)));
        }
        await BenchPeerRatios.WriteAsync([.. files.Select(f => f.FullName)], output);
    }

    private static async Task ReportAsync(TextWriter output, string step, int iterations, Func<int, Task> work)
    {
        // Warm up until the JIT has settled: tiered compilation recompiles hot code in the background after ~30 calls,
        // and a template engine has many hot methods, so a sub-millisecond step needs thousands of calls (measured: after
        // 300 calls the template step still ran at 6× its settled time on 2 busy cores). Two seconds, at least 3 runs.
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; i < 3 || warmUp.ElapsedMilliseconds < 2000; i++)
        {
            await work(i);
        }
        var times = new double[iterations];
        var total = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            var one = Stopwatch.StartNew();
            await work(i);
            times[i] = one.Elapsed.TotalMilliseconds;
        }
        total.Stop();
        Array.Sort(times);
        await output.WriteLineAsync(Row(step, times[iterations / 2], times.Average(), times[(int)Math.Min(iterations - 1, Math.Ceiling(iterations * 0.95) - 1)], iterations / total.Elapsed.TotalSeconds));
    }

    private static async Task ReportParallelAsync(TextWriter output, string step, int iterations, IReadOnlyList<LetterDocument> documents, IDocumentRenderer pdf, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        await Parallel.ForAsync(0, iterations, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (i, ct) => await pdf.RenderAsync(documents[i % documents.Count], ct));
        total.Stop();
        await output.WriteLineAsync(Row(step, double.NaN, total.Elapsed.TotalMilliseconds / iterations, double.NaN, iterations / total.Elapsed.TotalSeconds));
    }

    private static string Row(string step, double median, double mean, double p95, double perSecond) =>
        string.Create(CultureInfo.InvariantCulture, $"{step,-16}{Cell(median),12}{Cell(mean),12}{Cell(p95),12}{perSecond,12:F1}");

    private static string Cell(double value) => double.IsNaN(value) ? "-" : value.ToString("F2", CultureInfo.InvariantCulture);
}
