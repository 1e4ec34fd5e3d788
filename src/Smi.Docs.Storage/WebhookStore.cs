using System.Security.Cryptography;

namespace Smi.Docs.Storage;

/// <summary>A tenant's webhook: where notices go and the secret they are signed with.</summary>
public sealed record Webhook(string TenantId, string Url, string Secret, DateTimeOffset CreatedAt);

/// <summary>
/// Tenants' webhooks (migration 0007). Set by the operator (<c>smi-docs tenants webhook</c>), which makes a fresh secret
/// each time, read by the service when it delivers a notice.
/// </summary>
public sealed class WebhookStore(SmiDatabase database)
{
    /// <summary>
    /// Only https, so the notice and its signature cross no network in clear; plain http only to 127.0.0.1 (a receiver on
    /// the same machine, the tests). No user name or password in the address: it would be kept and logged as the url.
    /// </summary>
    public static bool IsAllowedUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length == 0
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.Host == "127.0.0.1"));

    /// <summary>Sets the tenant's webhook with a fresh secret and returns it (shown once); null for an unknown tenant.</summary>
    public async Task<Webhook?> SetAsync(string tenantId, string url, CancellationToken cancellationToken = default)
    {
        if (!IsAllowedUrl(url))
        {
            throw new ArgumentException("a webhook url is https, or http to 127.0.0.1", nameof(url));
        }
        if (await new TenantStore(database).FindAsync(tenantId, cancellationToken) is null)
        {
            return null;
        }
        var webhook = new Webhook(tenantId, url, "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), DateTimeOffset.UtcNow);
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection,
            "INSERT INTO webhooks (tenant_id, url, secret, created_at) VALUES (@tenant, @url, @secret, @at) " +
            "ON CONFLICT (tenant_id) DO UPDATE SET url = excluded.url, secret = excluded.secret, created_at = excluded.created_at",
            ("@tenant", tenantId), ("@url", url), ("@secret", webhook.Secret), ("@at", Clock.Text(webhook.CreatedAt)));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return webhook;
    }

    public async Task<Webhook?> FindAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection, "SELECT tenant_id, url, secret, created_at FROM webhooks WHERE tenant_id = @tenant", ("@tenant", tenantId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Webhook(reader.GetString(0), reader.GetString(1), reader.GetString(2), Clock.Parse(reader.GetString(3)))
            : null;
    }

    /// <summary>Removes the tenant's webhook; false when it had none.</summary>
    public async Task<bool> RemoveAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection, "DELETE FROM webhooks WHERE tenant_id = @tenant", ("@tenant", tenantId));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
