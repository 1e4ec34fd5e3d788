using System.CommandLine;
using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;
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
        var documentOption = new Option<string>("--doc") { Description = "Document id: toekenning, afwijzing, aanvraagformulier, aanvraagformulier-verlenging, publiekstekst.", Required = true };
        var languageOption = new Option<string>("--lang") { Description = "Language of the document.", DefaultValueFactory = _ => "nl" };
        var formatOption = new Option<string>("--format") { Description = "Comma-separated formats: html, docx, pdf.", DefaultValueFactory = _ => "html,docx,pdf" };
        var outOption = new Option<DirectoryInfo>("--out") { Description = "Directory for <doc>.<lang>.<format>; created if missing.", Required = true };
        var templatesOption = TemplatesOption.Create();

        var command = new Command("render", "Render one document for one case as HTML, DOCX and/or PDF. Exit code 0 ok, 1 failure, 2 bad input (nothing is written).")
        {
            caseArgument, profileOption, documentOption, languageOption, formatOption, outOption, templatesOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var formats = RenderSession.ParseFormats(parse.GetValue(formatOption)!);
                var documentId = parse.GetValue(documentOption)!;
                var language = parse.GetValue(languageOption)!;
                var caseFile = parse.GetValue(caseArgument);
                var zaak = caseFile is null ? null : InputFiles.ReadCase(caseFile);
                Composition.DocumentComposer.EnsureCaseIfNeeded(zaak, documentId);
                var profile = InputFiles.ReadProfile(parse.GetValue(profileOption)!);
                await using var session = await RenderSession.StartAsync(TemplatesOption.Resolve(parse.GetValue(templatesOption)), formats, cancellationToken);
                session.Composer.EnsureAvailable(documentId, language);
                var files = await session.RenderAsync(zaak, profile, documentId, language, formats, cancellationToken);
                if (zaak is { Berekening: not null } && documentId == "toekenning")
                {
                    // Issue 3 point 7: the municipality's own amounts are printed, but checked against ours.
                    foreach (var warning in EigenBerekeningControle.Controleer(zaak, profile.Beleid, TariefTabellen.Standaard, caseFile!.Name))
                    {
                        await error.WriteLineAsync(warning.ToString());
                    }
                }
                foreach (var path in OutputDirectory.WriteAll(parse.GetValue(outOption)!.FullName, files))
                {
                    await output.WriteLineAsync(path);
                }
                return ExitCodes.Ok;
            }
            catch (SmiDocsException e)
            {
                return await DiagnosticsOutput.ReportAsync(e, error);
            }
        });
        return command;
    }
}
