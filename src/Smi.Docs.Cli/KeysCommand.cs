using System.CommandLine;
using Smi.Docs.Diagnostics;
using Smi.Docs.Storage;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>smi-docs keys create &lt;tenant&gt;</c> prints a new API key once (only its hash is kept);
/// <c>smi-docs keys revoke &lt;key-id&gt;</c> stops it at once; <c>smi-docs keys list &lt;tenant&gt;</c> shows the ids.
/// </summary>
internal static class KeysCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var storage = new StorageOptions();
        var tenantArgument = new Argument<string>("tenant") { Description = "The tenant id (smi-docs tenants list)." };
        var create = new Command("create", "Make an API key for a tenant. It is printed once: store it, it cannot be shown again. Exit code 0 ok, 2 unknown tenant.") { tenantArgument };
        create.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await storage.OpenAsync(parse, cancellationToken);
            var created = await new ApiKeyStore(database).CreateAsync(parse.GetValue(tenantArgument)!, cancellationToken);
            if (created is null)
            {
                return await DiagnosticsOutput.ReportAsync([UnknownTenant()], error);
            }
            await output.WriteLineAsync(created.Secret);
            await error.WriteLineAsync($"Key id {created.Key.KeyId} for tenant {created.Key.TenantId}. The key above is shown only now; revoke it with: smi-docs keys revoke {created.Key.KeyId}");
            return ExitCodes.Ok;
        });

        var keyIdArgument = new Argument<string>("key-id") { Description = "The key's id, as keys create and keys list print it (not the key)." };
        var revoke = new Command("revoke", "Revoke an API key: from now on it is refused (403). Exit code 0 ok, 2 no such active key.") { keyIdArgument };
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await storage.OpenAsync(parse, cancellationToken);
            if (!await new ApiKeyStore(database).RevokeAsync(parse.GetValue(keyIdArgument)!, cancellationToken))
            {
                return await DiagnosticsOutput.ReportAsync(
                    [Diagnostic.Error(OptionCodes.OptionsDoNotFit, "no active key has this id (smi-docs keys list <tenant>)", new SourceLocation("key-id"))], error);
            }
            await output.WriteLineAsync($"Revoked key {parse.GetValue(keyIdArgument)}.");
            return ExitCodes.Ok;
        });

        var listTenantArgument = new Argument<string>("tenant") { Description = "The tenant id." };
        var list = new Command("list", "List a tenant's key ids, when they were made and whether they are revoked.") { listTenantArgument };
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await storage.OpenAsync(parse, cancellationToken);
            var tenantId = parse.GetValue(listTenantArgument)!;
            if (await new TenantStore(database).FindAsync(tenantId, cancellationToken) is null)
            {
                return await DiagnosticsOutput.ReportAsync([UnknownTenant()], error);
            }
            foreach (var key in await new ApiKeyStore(database).ListAsync(tenantId, cancellationToken))
            {
                await output.WriteLineAsync($"{key.KeyId}\tcreated {key.CreatedAt:yyyy-MM-dd HH:mm}Z\t{(key.RevokedAt is { } at ? $"revoked {at:yyyy-MM-dd HH:mm}Z" : "active")}");
            }
            return ExitCodes.Ok;
        });

        var command = new Command("keys", "API keys of the HTTP service's tenants (docs/server.md).") { create, revoke, list };
        storage.AddTo(command);
        return command;
    }

    private static Diagnostic UnknownTenant() =>
        Diagnostic.Error(OptionCodes.OptionsDoNotFit, "no tenant has this id (smi-docs tenants list)", new SourceLocation("tenant"));
}
