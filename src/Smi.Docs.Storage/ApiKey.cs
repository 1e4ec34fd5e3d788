namespace Smi.Docs.Storage;

/// <summary>What is stored of a key: never the key, only who it belongs to and whether it still works.</summary>
public sealed record ApiKey(string KeyId, string TenantId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;
}

/// <summary>A key just made: <see cref="Secret"/> is shown to the operator once and then exists only with them.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);
