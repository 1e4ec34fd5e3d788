using System.CommandLine;

namespace Smi.Docs.Cli;

/// <summary>The <c>smi-docs</c> command line. Runs in-process so tests can call it with their own writers.</summary>
public static class SmiDocsCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Smi.Docs: SMI decisions and letters for Dutch municipalities as HTML, DOCX and PDF.");
        root.Subcommands.Add(RenderCommand.Create(output, error));
        root.Subcommands.Add(BenchCommand.Create(output, error));
        root.Subcommands.Add(BerekenCommand.Create(output, error));
        root.Subcommands.Add(LintCommand.Create(output, error));
        root.Subcommands.Add(BeleidCommand.Create(output, error));
        root.Subcommands.Add(LocalesCommand.Create(output, error));

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
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
