using System.CommandLine;
using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>smi-docs bereken &lt;case.json&gt; --profile &lt;profile.yaml&gt; [--json]</c>: the eigen bijdrage per child
/// per month, totals, deadlines and explanation, as a table or JSON on stdout. Warnings about the case's
/// own berekening go to stderr (codes and places only). Exit 0 ok, 2 bad input or a calculation that cannot be made.
/// </summary>
internal static class BerekenCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var caseArgument = new Argument<FileInfo>("case") { Description = "Case data as JSON (format: schemas/smi-case.schema.json)." };
        var profileOption = new Option<FileInfo>("--profile") { Description = "The municipality's profile (YAML) with beleid.eigenBijdrage.", Required = true };
        var jsonOption = new Option<bool>("--json") { Description = "Print the result as JSON instead of a table." };
        var command = new Command("bereken", "Calculate eigen bijdrage, tegemoetkoming and deadlines for one case. Exit code 0 ok, 2 bad input or no calculation possible.")
        {
            caseArgument, profileOption, jsonOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var zaak = InputFiles.ReadCase(parse.GetValue(caseArgument)!);
                var profile = InputFiles.ReadProfile(parse.GetValue(profileOption)!);
                var berekening = CaseCalculation.Make(zaak, profile.Beleid, TariefTabellen.Standaard);
                var uitkomst = berekening.OursOrThrow;
                var termijnen = Termijnberekening.Voor(zaak, profile.Beleid);
                await output.WriteAsync(parse.GetValue(jsonOption)
                    ? BerekeningJson.Serialize(uitkomst, termijnen) + Environment.NewLine
                    : BerekeningTekst.Maak(uitkomst, termijnen));
                await DiagnosticsOutput.PrintAsync(berekening.Warnings, error);
                return ExitCodes.Ok;
            }
            catch (SmiDocsException e)
            {
                await DiagnosticsOutput.PrintAsync(e.Diagnostics, error);
                return DiagnosticsOutput.ExitCodeFor(e.Diagnostics);
            }
        });
        return command;
    }
}
