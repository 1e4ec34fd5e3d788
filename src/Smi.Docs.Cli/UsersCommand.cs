using System.CommandLine;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;
using Smi.Docs.Storage;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>smi-docs users add --tenant T --name N --role redacteur|vertaler|beheerder [--languages en,ar] [--password-stdin]</c>:
/// an account for the template studio (issue 16). The password is read from standard input, or generated and printed
/// once on standard output; only its hash is kept (<see cref="StudioAccountStore"/>).
/// </summary>
internal static class UsersCommand
{
    public static Command Create(TextWriter output, TextWriter error, TextReader input)
    {
        var storage = new StorageOptions();
        var tenantOption = new Option<string>("--tenant") { Description = "The tenant id (smi-docs tenants list).", Required = true };
        var nameOption = new Option<string>("--name") { Description = "The user name to sign in with.", Required = true };
        var roleOption = new Option<string>("--role") { Description = $"One of: {StudioRoles.Listing}.", Required = true };
        var languagesOption = new Option<string?>("--languages") { Description = "For a vertaler: the languages it may edit, comma-separated (e.g. en,ar)." };
        var stdinOption = new Option<bool>("--password-stdin") { Description = $"Read the password (at least {StudioPasswords.MinimumLength} characters) from the first line of standard input instead of generating one." };
        var add = new Command("add", "Add a studio account. A generated password is printed once on standard output. Exit code 0 ok, 2 bad option or unknown tenant or name taken.")
        {
            tenantOption, nameOption, roleOption, languagesOption, stdinOption,
        };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var role = StudioRoles.Parse(parse.GetValue(roleOption));
            var languages = (parse.GetValue(languagesOption) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var fromStdin = parse.GetValue(stdinOption);
            var password = fromStdin ? (await input.ReadLineAsync(cancellationToken) ?? "") : StudioPasswords.Generate();
            var problems = new List<Diagnostic>();
            if (role is null)
            {
                problems.Add(Problem($"the role is one of: {StudioRoles.Listing}", "--role"));
            }
            if (role == StudioRole.Vertaler && languages.Length == 0)
            {
                problems.Add(Problem("a vertaler needs --languages", "--languages"));
            }
            if (role != StudioRole.Vertaler && languages.Length > 0)
            {
                problems.Add(Problem("only a vertaler has --languages", "--languages"));
            }
            if (languages.FirstOrDefault(l => DocumentLanguage.Find(l) is not { IsDutch: false }) is not null)
            {
                problems.Add(Problem($"--languages takes translations: {string.Join(", ", DocumentLanguage.All.Where(l => !l.IsDutch).Select(l => l.Code))}", "--languages"));
            }
            if (password.Length < StudioPasswords.MinimumLength)
            {
                problems.Add(Problem($"the password has at least {StudioPasswords.MinimumLength} characters", "--password-stdin"));
            }
            if (problems.Count > 0)
            {
                return await DiagnosticsOutput.ReportAsync(problems, error);
            }
            await using var database = await storage.OpenAsync(parse, cancellationToken);
            var tenant = parse.GetValue(tenantOption)!;
            var name = parse.GetValue(nameOption)!.Trim();
            if (await new TenantStore(database).FindAsync(tenant, cancellationToken) is null)
            {
                return await DiagnosticsOutput.ReportAsync([Problem("no tenant has this id (smi-docs tenants list)", "--tenant")], error);
            }
            var account = await new StudioAccountStore(database).AddAsync(tenant, name, password, role!.Value, languages, cancellationToken);
            if (account is null)
            {
                return await DiagnosticsOutput.ReportAsync([Problem("this tenant has a user of this name already", "--name")], error);
            }
            if (!fromStdin)
            {
                await output.WriteLineAsync(password);
            }
            await error.WriteLineAsync($"User {account.Naam} ({account.Rol.Name()}) for tenant {account.TenantId}: sign in at /studio/inloggen."
                + (fromStdin ? "" : " The password above is shown only now."));
            return ExitCodes.Ok;
        });
        var command = new Command("users", "Accounts of the template studio at /studio (docs/server.md).") { add };
        storage.AddTo(command);
        return command;
    }

    private static Diagnostic Problem(string message, string option) =>
        Diagnostic.Error(OptionCodes.OptionsDoNotFit, message, new SourceLocation(option));
}
