using System.CommandLine;
using System.Globalization;
using Smi.Docs.Diagnostics;
using Smi.Docs.PlainLanguage;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>smi-docs lint [paths...]</c>: the B1 plain-language check of the Dutch templates
/// (docs/plain-language.md). Prints every finding as <c>file(line,col): warning CODE: message</c>, then one
/// summary line per file. Exit 0 without errors (warnings allowed), 1 with any error, 2 for a bad path.
/// </summary>
internal static class LintCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var pathsArgument = new Argument<string[]>("paths")
        {
            Description = "Template files (.sbn-md) or directories searched for them (default: ./templates).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("lint", "Check the plain language (B1) of Dutch templates: sentence length, long words, officialese, passive voice, Flesch-Douma. Exit code 0 no errors, 1 errors, 2 bad path.")
        {
            pathsArgument,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(pathsArgument) is { Length: > 0 } given ? given : ["templates"];
            var (files, problems) = LintFiles.Find(paths);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await error.WriteLineAsync(problem.ToString());
                }
                return ExitCodes.BadInput;
            }
            var errors = 0;
            var warnings = 0;
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var report = Check(file);
                foreach (var diagnostic in report.Diagnostics)
                {
                    await output.WriteLineAsync(diagnostic.ToString());
                }
                await output.WriteLineAsync(Summary(report));
                errors += report.Errors;
                warnings += report.Warnings;
            }
            await output.WriteLineAsync($"{files.Count} {(files.Count == 1 ? "file" : "files")}: {errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}");
            return errors > 0 ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }

    private static PlainLanguageReport Check(LintFile file)
    {
        try
        {
            var text = File.ReadAllText(file.FullPath);
            return PlainLanguageChecker.Default.Check(
                file.FullPath.EndsWith(".yaml", StringComparison.Ordinal) ? FixedTextsProse.AsTemplate(text) : text, file.DisplayName);
        }
        catch (SmiDocsException e)
        {
            // Malformed front matter: the template cannot be read as text, which is an error in it.
            return new PlainLanguageReport(file.DisplayName, e.Diagnostics, new DocumentStatistics(0, 0, 0, 0));
        }
    }

    private static string Summary(PlainLanguageReport report)
    {
        var s = report.Statistics;
        var score = s.FleschDouma is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";
        return string.Create(CultureInfo.InvariantCulture,
            $"{report.FileName}: {s.Sentences} sentences, {s.Words} words, {s.AverageSentenceLength:0.0} words per sentence, {s.LongWordShare * 100:0.0}% long words, Flesch-Douma {score}");
    }
}
