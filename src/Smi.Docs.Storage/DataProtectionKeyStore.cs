namespace Smi.Docs.Storage;

/// <summary>The service's Data Protection keys as XML text, shared by every instance on the database (migration 0006).</summary>
public sealed class DataProtectionKeyStore(SmiDatabase database)
{
    public async Task<IReadOnlyList<string>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection, "SELECT xml FROM data_protection_keys ORDER BY created_at, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }

    /// <summary>Adds a key; a key of the same name already there (another instance wrote it first) is left as it is.</summary>
    public async Task AddAsync(string name, string xml, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var insert = SmiDatabase.Command(connection,
            "INSERT INTO data_protection_keys (id, xml, created_at) VALUES (@id, @xml, @at) ON CONFLICT (id) DO NOTHING",
            ("@id", name), ("@xml", xml), ("@at", Clock.Now()));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
