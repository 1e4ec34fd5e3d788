using System.Data.Common;
using System.Security.Cryptography;
using System.Text;

namespace Smi.Docs.Storage;

/// <summary>
/// API keys: 32 random bytes, given out once as <c>smi_&lt;key id&gt;_&lt;base64url&gt;</c> and stored only as their
/// SHA-256. A key with that much entropy needs no slow hash (there is nothing to guess), and the lookup by hash is an
/// index search that tells an attacker nothing about near misses.
/// </summary>
public sealed class ApiKeyStore(SmiDatabase database)
{
    private const string Prefix = "smi_";

    /// <returns>Null when the tenant does not exist.</returns>
    public async Task<CreatedApiKey?> CreateAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (await new TenantStore(database).FindAsync(tenantId, cancellationToken) is null)
        {
            return null;
        }
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = $"{Prefix}{keyId}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        var key = new ApiKey(keyId, tenantId, DateTimeOffset.UtcNow, null);
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var insert = SmiDatabase.Command(connection,
            "INSERT INTO api_keys (key_id, tenant_id, key_hash, created_at, revoked_at) VALUES (@id, @tenant, @hash, @at, NULL)",
            ("@id", keyId), ("@tenant", tenantId), ("@hash", Hash(secret)), ("@at", Clock.Text(key.CreatedAt)));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return new CreatedApiKey(key, secret);
    }

    /// <summary>The stored key the secret hashes to, revoked or not; null when there is none.</summary>
    public async Task<ApiKey?> FindBySecretAsync(string secret, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        return (await ReadAsync(connection, "WHERE key_hash = @hash", [("@hash", Hash(secret))], cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        return await ReadAsync(connection, "WHERE tenant_id = @tenant ORDER BY created_at, key_id", [("@tenant", tenantId)], cancellationToken);
    }

    /// <returns>False when no key has this id or it was revoked before.</returns>
    public async Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var update = SmiDatabase.Command(connection,
            "UPDATE api_keys SET revoked_at = @at WHERE key_id = @id AND revoked_at IS NULL", ("@at", Clock.Now()), ("@id", keyId));
        return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    internal static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task<IReadOnlyList<ApiKey>> ReadAsync(DbConnection connection, string where, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = SmiDatabase.Command(connection, $"SELECT key_id, tenant_id, created_at, revoked_at FROM api_keys {where}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKey>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(new ApiKey(reader.GetString(0), reader.GetString(1), Clock.Parse(reader.GetString(2)), reader.IsDBNull(3) ? null : Clock.Parse(reader.GetString(3))));
        }
        return keys;
    }
}
