using System.Net;
using Smi.Docs.Cli;
using Smi.Docs.Server.Tests.Api;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Cli;

/// <summary>
/// <c>smi-docs tenants add|list</c>, <c>smi-docs keys create|revoke|list</c> and <c>smi-docs users add</c> write the storage
/// the service reads: a key the operator makes opens the service, and once revoked it is refused; a studio account's
/// password signs in to /studio.
/// </summary>
public sealed class OperatorCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("smi-docs-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SmiDocsCli.RunAsync(args, output, error, Ct);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_key_made_with_the_cli_opens_the_service_until_it_is_revoked()
    {
        var data = _data;

        var add = await RunAsync("tenants", "add", "beemster", "--profile", RepoPaths.Profile("beemster"), "--data", data);
        var create = await RunAsync("keys", "create", "beemster", "--data", data);
        var key = create.Output.Trim();
        var list = await RunAsync("tenants", "list", "--data", data);

        Assert.Equal((0, 0, 0), (add.Exit, create.Exit, list.Exit));
        Assert.StartsWith("smi_", key);
        Assert.Contains("beemster\tBeemster", list.Output);
        Assert.Contains("keys 1 active, 0 revoked", list.Output);

        await using var service = new TestService(StorageLocation.Sqlite(data));
        var client = service.ClientWith(key);
        var before = await client.GetAsync("/api/v1/profiel", Ct);
        var keyId = key.Split('_')[1];
        var revoke = await RunAsync("keys", "revoke", keyId, "--data", data);
        var after = await client.GetAsync("/api/v1/profiel", Ct);
        var keys = await RunAsync("keys", "list", "beemster", "--data", data);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(0, revoke.Exit);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Contains($"{keyId}\t", keys.Output);
        Assert.Contains("revoked", keys.Output);
    }

    [Fact]
    public async Task Bad_operator_input_exits_2_and_writes_nothing()
    {
        var data = _data;

        var badId = await RunAsync("tenants", "add", "Beemster!", "--profile", RepoPaths.Profile("beemster"), "--data", data);
        var badProfile = await RunAsync("tenants", "add", "beemster", "--profile", Path.Combine(data, "geen.yaml"), "--data", data);
        var noTenant = await RunAsync("keys", "create", "beemster", "--data", data);
        var noKey = await RunAsync("keys", "revoke", "abcdef", "--data", data);
        var list = await RunAsync("tenants", "list", "--data", data);

        Assert.Equal((2, 2, 2, 2), (badId.Exit, badProfile.Exit, noTenant.Exit, noKey.Exit));
        Assert.Contains("SMI4005", badId.Error);
        Assert.Contains("SMI2", badProfile.Error);
        Assert.Equal("", noTenant.Output);
        Assert.Equal("", list.Output);
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
        Assert.Equal(HttpStatusCode.Redirect, (await Studio.StudioService.SignInAsync(client, "voorbeeldstad", "redacteur", password)).StatusCode);
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
