using System.CommandLine;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Cli;

/// <summary>The <c>smi-docs</c> command line. Runs in-process so tests can call it with their own writers.</summary>
public static class SmiDocsCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var verboseOption = new Option<bool>("--verbose")
        {
            Description = "On an unexpected failure, print the full .NET stack trace as well (its messages may contain paths and input text: keep it out of shared logs).",
            Recursive = true,
        };
        var root = new RootCommand("Smi.Docs: SMI decisions and letters for Dutch municipalities as HTML, DOCX and PDF.") { verboseOption };
        root.Subcommands.Add(RenderCommand.Create(output, error));
        root.Subcommands.Add(BatchCommand.Create(output, error));
        root.Subcommands.Add(BenchCommand.Create(output, error));
        root.Subcommands.Add(BerekenCommand.Create(output, error));
        root.Subcommands.Add(LintCommand.Create(output, error));
        root.Subcommands.Add(BeleidCommand.Create(output, error));
        root.Subcommands.Add(LocalesCommand.Create(output, error));
        root.Subcommands.Add(TenantsCommand.Create(output, error));
        root.Subcommands.Add(KeysCommand.Create(output, error));
        root.Subcommands.Add(UsersCommand.Create(output, error, Console.In));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }
            await error.WriteLineAsync("Run 'smi-docs --help' for the commands and their options.");
            return ExitCodes.BadInput;
        }
        // Ctrl-C cancels the token; a batch then stops reading, rolls back the items in flight and writes its report,
        // which can take longer than the library's default two seconds before it ends the process.
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = TimeSpan.FromSeconds(20),
        };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (SmiDocsException e)
        {
            return await DiagnosticsOutput.ReportAsync(e.Diagnostics, error);
        }
        catch (Exception e)
        {
            return await ReportUnexpectedAsync(e, parse.GetValue(verboseOption), error);
        }
    }

    /// <summary>
    /// One line with a code, never the exception's message: .NET puts paths and input text into it, and case data must
    /// not reach a log. The trace only when asked for with <c>--verbose</c>.
    /// </summary>
    internal static async Task<int> ReportUnexpectedAsync(Exception exception, bool verbose, TextWriter error)
    {
        var message = exception is OperationCanceledException
            ? "the run was cancelled before it finished"
            : $"unexpected failure ({exception.GetType().FullName}); run again with --verbose for the stack trace, and report it";
        var exitCode = await DiagnosticsOutput.ReportAsync([Diagnostic.Error(OptionCodes.UnexpectedFailure, message, new SourceLocation(null))], error);
        if (verbose)
        {
            await error.WriteLineAsync(exception.ToString());
        }
        return exitCode;
    }
}
