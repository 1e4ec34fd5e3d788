using System.CommandLine;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Pipeline;
using Smi.Docs.Rendering;

namespace Smi.Docs.Cli;

/// <summary><c>smi-docs render [case.json] --profile &lt;profile.yaml&gt; --doc toekenning --lang nl --format html,docx,pdf --out &lt;dir&gt;</c></summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var caseArgument = new Argument<FileInfo?>("case")
        {
            Description = "Case data as JSON (format: schemas/smi-case.schema.json). Leave it out to print a form blank; the publiekstekst takes none (it is made from the profile).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var profileOption = new Option<FileInfo>("--profile") { Description = "The municipality's profile (YAML), e.g. examples/profiles/voorbeeldstad.yaml.", Required = true };
        var documentOption = new Option<string>("--doc") { Description = $"Document id: {string.Join(", ", DocumentDefinitions.All.Select(d => d.Id))}.", Required = true };
        var languageOption = new Option<string>("--lang") { Description = $"Language of the document: {Formatting.DocumentLanguage.Listing}. Dutch is the binding text; the others are translations in locales/.", DefaultValueFactory = _ => "nl" };
        var fallbackOption = new Option<string?>("--fallback") { Description = "nl: when the translation is missing, write the Dutch document with a notice in the language asked for (otherwise that is an error naming the missing file)." };
        var bundleOption = new Option<bool>("--bundle") { Description = "Write the translation followed by the Dutch original in one file per format: <doc>.<lang>+nl.<format>." };
        var formatOption = new Option<string>("--format") { Description = "Comma-separated formats: html, docx, pdf.", DefaultValueFactory = _ => "html,docx,pdf" };
        var outOption = new Option<DirectoryInfo>("--out") { Description = "Directory for <doc>.<lang>.<format>; created if missing. All files are written or none.", Required = true };
        var overwriteOption = new Option<bool>("--overwrite") { Description = "Replace files of the same name in --out. Without it, existing files are an error (SMI4011) and nothing is written." };
        var templatesOption = TemplatesOption.Create();

        var command = new Command("render", "Render one document for one case as HTML, DOCX and/or PDF. Exit code 0 ok, 1 failure, 2 bad input (nothing is written).")
        {
            caseArgument, profileOption, documentOption, languageOption, fallbackOption, bundleOption, formatOption, outOption, overwriteOption, templatesOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var formats = DocumentFormats.Parse(parse.GetValue(formatOption)!);
                var language = DocumentComposer.ParseLanguage(parse.GetValue(languageOption)!);
                var fallbackToDutch = parse.GetValue(fallbackOption) switch
                {
                    null => false,
                    "nl" => true,
                    _ => throw new SmiDocsException(Diagnostic.Error(OptionCodes.FallbackNotDutch, "--fallback takes only 'nl': Dutch is the binding text every translation falls back to", new SourceLocation("--fallback"))),
                };
                var zaak = parse.GetValue(caseArgument) is { } caseFile ? InputFiles.ReadCase(caseFile) : null;
                var profile = InputFiles.ReadProfile(parse.GetValue(profileOption)!);
                var target = new OutputDirectory(parse.GetValue(outOption)!.FullName) { Overwrite = parse.GetValue(overwriteOption) };
                if (target.Check() is [_, ..] outProblems)
                {
                    return await DiagnosticsOutput.ReportAsync(outProblems, error);
                }
                await using var cli = await CliPipeline.StartAsync(TemplatesOption.Resolve(parse.GetValue(templatesOption)), formats, cancellationToken);
                var result = await cli.Pipeline.RenderAsync(
                    new DocumentRequest(zaak, profile, parse.GetValue(documentOption)!, language)
                    {
                        Formats = formats,
                        Bundle = parse.GetValue(bundleOption),
                        FallbackToDutch = fallbackToDutch,
                    },
                    cancellationToken);
                if (!result.Succeeded)
                {
                    return await DiagnosticsOutput.ReportAsync(result.Diagnostics, error);
                }
                await DiagnosticsOutput.PrintAsync(result.Diagnostics, error);
                foreach (var path in target.WriteAll(result.Files, cancellationToken))
                {
                    await output.WriteLineAsync(path);
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
}
