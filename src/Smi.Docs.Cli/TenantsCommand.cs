using System.CommandLine;
using Smi.Docs.Diagnostics;
using Smi.Docs.Storage;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>smi-docs tenants add &lt;id&gt; --profile &lt;profile.yaml&gt; [--templates &lt;dir&gt;] [--naam &lt;name&gt;]</c> and
/// <c>smi-docs tenants list</c> and <c>smi-docs tenants webhook &lt;id&gt; --url &lt;https://…&gt;|--remove</c>: the municipalities the service serves (docs/server.md). The profile is checked with
/// the core's reader before the tenant is added, so the service never meets a tenant it cannot serve.
/// </summary>
internal static class TenantsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var storage = new StorageOptions();
        var idArgument = new Argument<string>("id") { Description = "Short id: lower-case letters, digits and hyphens, e.g. voorbeeldstad." };
        var profileOption = new Option<FileInfo>("--profile") { Description = "The municipality's profile (YAML).", Required = true };
        var naamOption = new Option<string?>("--naam") { Description = "The municipality's name as listings show it (default: the profile's gemeente)." };
        var templatesOption = TemplatesOption.Create();
        templatesOption.Description = "The municipality's own copy of templates/ (with locales/ next to it); default: the shipped templates.";

        var add = new Command("add", "Add a municipality with its profile and, optionally, its own templates. Exit code 0 ok, 2 bad input.")
        {
            idArgument, profileOption, naamOption, templatesOption,
        };
        add.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var id = parse.GetValue(idArgument)!;
                if (!TenantStore.IsValidId(id))
                {
                    throw new SmiDocsException(Diagnostic.Error(OptionCodes.OptionsDoNotFit, "a tenant id is 1 to 40 lower-case letters, digits and hyphens", new SourceLocation("id")));
                }
                var profileFile = parse.GetValue(profileOption)!;
                var profile = InputFiles.ReadProfile(profileFile);
                var templates = parse.GetValue(templatesOption) is { } folder ? TemplatesOption.Resolve(folder) : null;
                await using var database = await storage.OpenAsync(parse, cancellationToken);
                var tenant = new Tenant(id, parse.GetValue(naamOption) ?? profile.Gemeente.Naam, profileFile.FullName, templates, DateTimeOffset.UtcNow);
                if (!await new TenantStore(database).AddAsync(tenant, cancellationToken))
                {
                    throw new SmiDocsException(Diagnostic.Error(OptionCodes.OptionsDoNotFit, "a tenant with this id exists already", new SourceLocation("id")));
                }
                await output.WriteLineAsync($"Added tenant {tenant.Id} ({tenant.Naam}) to {database.Location}. Make its key with: smi-docs keys create {tenant.Id}");
                return ExitCodes.Ok;
            }
            catch (SmiDocsException e)
            {
                return await DiagnosticsOutput.ReportAsync(e.Diagnostics, error);
            }
        });

        var list = new Command("list", "List the municipalities with their profile, templates and keys.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await storage.OpenAsync(parse, cancellationToken);
            var keys = new ApiKeyStore(database);
            foreach (var tenant in await new TenantStore(database).ListAsync(cancellationToken))
            {
                var tenantKeys = await keys.ListAsync(tenant.Id, cancellationToken);
                await output.WriteLineAsync($"{tenant.Id}\t{tenant.Naam}\tprofile {tenant.ProfilePath}\ttemplates {tenant.TemplatesPath ?? "(shipped)"}\tkeys {tenantKeys.Count(k => !k.Revoked)} active, {tenantKeys.Count(k => k.Revoked)} revoked");
            }
            return ExitCodes.Ok;
        });

        var webhookTenant = new Argument<string>("tenant") { Description = "The tenant id (smi-docs tenants list)." };
        var urlOption = new Option<string?>("--url") { Description = "Where notices of sent applications go: https, or http to 127.0.0.1." };
        var removeOption = new Option<bool>("--remove") { Description = "Stop sending notices to this tenant's webhook." };
        var webhook = new Command("webhook", "Set a municipality's webhook for sent online applications (docs/server.md) and print its new signing secret once, or remove it. Exit code 0 ok, 2 bad input.")
        {
            webhookTenant, urlOption, removeOption,
        };
        webhook.SetAction(async (parse, cancellationToken) =>
        {
            var tenantId = parse.GetValue(webhookTenant)!;
            var url = parse.GetValue(urlOption);
            var remove = parse.GetValue(removeOption);
            if (remove == url is not null)
            {
                return await DiagnosticsOutput.ReportAsync([Diagnostic.Error(OptionCodes.OptionsDoNotFit, "give either --url or --remove", new SourceLocation("--url"))], error);
            }
            if (url is not null && !WebhookStore.IsAllowedUrl(url))
            {
                return await DiagnosticsOutput.ReportAsync([Diagnostic.Error(OptionCodes.OptionsDoNotFit, "a webhook url is https (or http to 127.0.0.1), without a user name or password", new SourceLocation("--url"))], error);
            }
            await using var database = await storage.OpenAsync(parse, cancellationToken);
            var store = new WebhookStore(database);
            if (remove)
            {
                await output.WriteLineAsync(await store.RemoveAsync(tenantId, cancellationToken) ? $"Removed the webhook of {tenantId}." : $"{tenantId} has no webhook.");
                return ExitCodes.Ok;
            }
            if (await store.SetAsync(tenantId, url!, cancellationToken) is not { } set)
            {
                return await DiagnosticsOutput.ReportAsync([Diagnostic.Error(OptionCodes.OptionsDoNotFit, "no tenant has this id (smi-docs tenants list)", new SourceLocation("tenant"))], error);
            }
            await output.WriteLineAsync(set.Secret);
            await error.WriteLineAsync($"Webhook of {set.TenantId}: {set.Url}. The signing secret above is shown only now (a new one replaced any earlier); the receiver checks X-Smi-Signature with it.");
            return ExitCodes.Ok;
        });

        var command = new Command("tenants", "The municipalities the HTTP service serves (docs/server.md).") { add, list, webhook };
        storage.AddTo(command);
        return command;
    }
}
