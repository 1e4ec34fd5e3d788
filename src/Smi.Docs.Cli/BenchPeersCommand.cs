using System.CommandLine;
using Smi.Docs.Diagnostics;
using Smi.Docs.Pipeline;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>smi-docs bench peers --data DIR --out DIR [--n 2000] [--pdf-n 300]</c>: our engine in the peers' run
/// (<see cref="BenchPeers"/>), called by <c>bench/peers/smi-docs.sh</c>.
/// </summary>
internal static class BenchPeersCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataOption = new Option<DirectoryInfo>("--data") { Description = "The peers' raw cases (case-1.json … case-3.json).", Required = true };
        var outOption = new Option<DirectoryInfo>("--out") { Description = "Where every 100th letter goes as letter-<nnnn>-case<k>.docx|pdf.", Required = true };
        var countOption = new Option<int>("--n") { Description = "DOCX letters measured, one at a time (the peers: 2000).", DefaultValueFactory = _ => 2000 };
        var pdfCountOption = new Option<int>("--pdf-n") { Description = "PDF letters measured per PDF row (300 keeps one file per case).", DefaultValueFactory = _ => 300 };
        var warmupOption = new Option<int>("--warmup") { Description = "Letters made before timing, and at least 2 seconds of them (the peers: at least 50; .NET's tiered JIT compiles hot code again in the background).", DefaultValueFactory = _ => 300 };
        var profileOption = new Option<FileInfo>("--profile") { Description = "Profile that fills what the peers' cases lack.", DefaultValueFactory = _ => new FileInfo("examples/profiles/voorbeeldstad.yaml") };
        var budgetOption = new Option<int>("--seconds") { Description = "Time for the whole run; each row stops at its share and reports what it made (run-peers.sh kills an engine after 240 s).", DefaultValueFactory = _ => 180 };
        var templatesOption = TemplatesOption.Create();
        var command = new Command("peers", "Our engine on the peers' cases, in their JSON-lines contract: DOCX and PDF one at a time, PDF with the pool full, and the raw-Chromium ceiling.")
        {
            dataOption, outOption, countOption, pdfCountOption, warmupOption, budgetOption, profileOption, templatesOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // The cold figure's first part: dotnet starting and loading us, up to this command.
            var startedAt = System.Diagnostics.Process.GetCurrentProcess().StartTime;
            var toCommand = DateTime.Now - startedAt;
            try
            {
                var data = parse.GetValue(dataOption)!;
                if (!File.Exists(Path.Combine(data.FullName, "case-1.json")))
                {
                    throw new SmiDocsException(Diagnostic.Error(OptionCodes.FileNotFound, "no case-1.json here", new SourceLocation(data.FullName)));
                }
                var profile = InputFiles.ReadProfile(parse.GetValue(profileOption)!);
                await using var cli = await CliPipeline.StartAsync(TemplatesOption.Resolve(parse.GetValue(templatesOption)),
                    [DocumentFormats.Html, DocumentFormats.Docx, DocumentFormats.Pdf], cancellationToken);
                var cold = new BenchPeers.ColdStart(startedAt, toCommand, cli.StartTimes.Browser, cli.StartTimes.Templates);
                await new BenchPeers(cli.Pipeline, profile, output, TimeSpan.FromSeconds(Math.Max(10, parse.GetValue(budgetOption))), cold).RunAsync(data.FullName, parse.GetValue(outOption)!.FullName,
                    Math.Max(1, parse.GetValue(countOption)), Math.Max(1, parse.GetValue(pdfCountOption)), Math.Max(0, parse.GetValue(warmupOption)), cancellationToken);
                return ExitCodes.Ok;
            }
            catch (SmiDocsException e)
            {
                return await DiagnosticsOutput.ReportAsync(e.Diagnostics, error);
            }
        });
        return command;
    }
}
