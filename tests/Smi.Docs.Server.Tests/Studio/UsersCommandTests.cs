using System.Net;
using Smi.Docs.Cli;
using Smi.Docs.Server.Tests.Api;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary><c>smi-docs users add</c> writes the accounts the studio reads: the password it prints once signs in.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("smi-docs-users-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SmiDocsCli.RunAsync(args, output, error, Ct);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_generated_password_is_printed_once_and_signs_in()
    {
        await RunAsync("tenants", "add", "voorbeeldstad", "--profile", RepoPaths.Profile("voorbeeldstad"), "--data", _data);

        var add = await RunAsync("users", "add", "--tenant", "voorbeeldstad", "--name", "redacteur", "--role", "redacteur", "--data", _data);
        var again = await RunAsync("users", "add", "--tenant", "voorbeeldstad", "--name", "redacteur", "--role", "redacteur", "--data", _data);

        Assert.Equal((0, 2), (add.Exit, again.Exit));
        var password = add.Output.Trim();
        Assert.True(password.Length >= 24, "a generated password has 24 characters");
        Assert.Contains(Smi.Docs.Diagnostics.OptionCodes.OptionsDoNotFit.Id, again.Error);
        await using var service = new TestService(StorageLocation.Sqlite(_data));
        var client = service.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await StudioService.SignInAsync(client, "voorbeeldstad", "redacteur", password)).StatusCode);
    }

    [Fact]
    public async Task A_vertaler_needs_languages_and_a_redacteur_takes_none()
    {
        await RunAsync("tenants", "add", "voorbeeldstad", "--profile", RepoPaths.Profile("voorbeeldstad"), "--data", _data);

        var vertaler = await RunAsync("users", "add", "--tenant", "voorbeeldstad", "--name", "v", "--role", "vertaler", "--data", _data);
        var dutch = await RunAsync("users", "add", "--tenant", "voorbeeldstad", "--name", "v", "--role", "vertaler", "--languages", "nl", "--data", _data);
        var redacteur = await RunAsync("users", "add", "--tenant", "voorbeeldstad", "--name", "r", "--role", "redacteur", "--languages", "en", "--data", _data);
        var unknownRole = await RunAsync("users", "add", "--tenant", "voorbeeldstad", "--name", "x", "--role", "baas", "--data", _data);
        var good = await RunAsync("users", "add", "--tenant", "voorbeeldstad", "--name", "v", "--role", "vertaler", "--languages", "en,ar", "--data", _data);

        Assert.Equal((2, 2, 2, 2, 0), (vertaler.Exit, dutch.Exit, redacteur.Exit, unknownRole.Exit, good.Exit));
        Assert.Contains("--languages", vertaler.Error);
        Assert.Contains("--role", unknownRole.Error);
    }
}
