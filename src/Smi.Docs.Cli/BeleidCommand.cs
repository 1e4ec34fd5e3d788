using System.CommandLine;
using System.Text;
using Smi.Docs.Diagnostics;
using Smi.Docs.Html;
using Smi.Docs.Pdf;
using Smi.Docs.Policy.Basislijn;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>smi-docs beleid toets &lt;profile.yaml&gt; [--format text|html|pdf] [--out &lt;file&gt;]</c>: the profile against
/// the 15 basislijn points. A report, so points that are not met still exit 0; a bad profile or option exits 2.
/// </summary>
internal static class BeleidCommand
{
    private static readonly string[] Formaten = ["text", "html", "pdf"];

    /// <summary>The report has no date of its own; a fixed PDF date keeps the same profile giving the same bytes.</summary>
    private static readonly DateTime PdfTijdstempel = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var profileArgument = new Argument<FileInfo>("profile") { Description = "The municipality's profile (YAML), e.g. examples/profiles/voorbeeldstad.yaml." };
        var formatOption = new Option<string>("--format") { Description = "text (a table for the terminal), html or pdf (a report for the council).", DefaultValueFactory = _ => "text" };
        var outOption = new Option<FileInfo>("--out") { Description = "Write the report to this file instead of the terminal (required for pdf)." };
        var overwriteOption = new Option<bool>("--overwrite") { Description = "Replace the --out file when it exists; without it that is an error (SMI4011) and nothing is written." };
        var toets = new Command("toets", "Check a profile against the 15 points of the basislijn SMI: voldoet, voldoet niet or niet te bepalen, with the reason. Exit code 0 (also when points are not met), 1 failure, 2 bad profile or options.")
        {
            profileArgument, formatOption, outOption, overwriteOption,
        };
        toets.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var format = Formaat(parse.GetValue(formatOption)!);
                var uit = parse.GetValue(outOption);
                if (format == "pdf" && uit is null)
                {
                    throw new SmiDocsException(Diagnostic.Error(OptionCodes.OptionsDoNotFit, "--format pdf needs --out <file>: a PDF is not printed to the terminal", new SourceLocation("--out")));
                }
                var report = uit is null ? null : new ReportFile(uit, parse.GetValue(overwriteOption));
                report?.Check();
                var rapport = BasislijnToets.Toets(InputFiles.ReadProfile(parse.GetValue(profileArgument)!));
                var bytes = format switch
                {
                    "html" => Encoding.UTF8.GetBytes(BasislijnHtmlRenderer.Render(rapport)),
                    "pdf" => await PdfAsync(rapport, cancellationToken),
                    _ => Encoding.UTF8.GetBytes(BasislijnTekst.Maak(rapport)),
                };
                if (report is null)
                {
                    await output.WriteAsync(Encoding.UTF8.GetString(bytes));
                    return ExitCodes.Ok;
                }
                await output.WriteLineAsync(report.Write(bytes, cancellationToken));
                return ExitCodes.Ok;
            }
            catch (SmiDocsException e)
            {
                return await DiagnosticsOutput.ReportAsync(e.Diagnostics, error);
            }
        });
        return new Command("beleid", "Municipal policy: check a profile against the basislijn SMI.") { toets };
    }

    private static string Formaat(string waarde)
    {
        var format = waarde.Trim().ToLowerInvariant();
        return Formaten.Contains(format)
            ? format
            : throw new SmiDocsException(Diagnostic.Error(OptionCodes.UnknownFormat, $"unknown format; use one of {string.Join(", ", Formaten)}", new SourceLocation("--format")));
    }

    private static async Task<byte[]> PdfAsync(BasislijnRapport rapport, CancellationToken cancellationToken)
    {
        await using var printer = await ChromiumPdfPrinter.StartAsync(ct: cancellationToken);
        return await printer.PrintAsync(BasislijnHtmlRenderer.Render(rapport), PdfTijdstempel, cancellationToken);
    }
}
