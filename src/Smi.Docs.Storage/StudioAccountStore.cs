using System.Data.Common;
using System.Security.Cryptography;

namespace Smi.Docs.Storage;

/// <summary>
/// The studio's accounts, per tenant (issue 16). Passwords are hashed by <see cref="StudioPasswords"/>; after
/// <see cref="MaxFailedSignIns"/> wrong passwords in a row the account is locked for <see cref="LockOutTime"/>, in the
/// database, so every server instance sees the same lock.
/// </summary>
public sealed class StudioAccountStore(SmiDatabase database)
{
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockOutTime = TimeSpan.FromMinutes(15);

    private const string Columns = "id, tenant_id, naam, rol, talen, created_at";

    /// <summary>A hash to verify against when the name is unknown, so a wrong name takes as long as a wrong password.</summary>
    private static readonly Lazy<string> NobodysHash = new(() => StudioPasswords.Hash(StudioPasswords.Generate()));

    /// <returns>Null when the tenant does not exist or it has an account of this name already.</returns>
    /// <exception cref="ArgumentException">The password is shorter than <see cref="StudioPasswords.MinimumLength"/>.</exception>
    public async Task<StudioAccount?> AddAsync(string tenantId, string naam, string password, StudioRole rol, IReadOnlyList<string> talen, CancellationToken cancellationToken = default)
    {
        if (password.Length < StudioPasswords.MinimumLength)
        {
            throw new ArgumentException($"a password has at least {StudioPasswords.MinimumLength} characters", nameof(password));
        }
        if (await new TenantStore(database).FindAsync(tenantId, cancellationToken) is null || await FindByNameAsync(tenantId, naam, cancellationToken) is not null)
        {
            return null;
        }
        var account = new StudioAccount(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), tenantId, naam, rol,
            rol == StudioRole.Vertaler ? talen : [], DateTimeOffset.UtcNow);
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var insert = SmiDatabase.Command(connection,
            "INSERT INTO studio_accounts (id, tenant_id, naam, password_hash, rol, talen, failed_logins, locked_until, created_at) " +
            "VALUES (@id, @tenant, @naam, @hash, @rol, @talen, 0, NULL, @at)",
            ("@id", account.Id), ("@tenant", tenantId), ("@naam", naam), ("@hash", StudioPasswords.Hash(password)),
            ("@rol", rol.Name()), ("@talen", string.Join(',', account.Talen)), ("@at", Clock.Text(account.CreatedAt)));
        try
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
            return account;
        }
        catch (DbException) when (connection.State == System.Data.ConnectionState.Open)
        {
            // The same name added at the same moment by someone else: the UNIQUE constraint decided.
            if (await FindByNameAsync(tenantId, naam, cancellationToken) is not null)
            {
                return null;
            }
            throw;
        }
    }

    /// <summary>Checks a password; counts a wrong one and locks the account after <see cref="MaxFailedSignIns"/> in a row.</summary>
    public async Task<SignInResult> SignInAsync(string tenantId, string naam, string password, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        string? id = null, hash = null, lockedUntil = null;
        await using (var query = SmiDatabase.Command(connection,
            "SELECT id, password_hash, locked_until FROM studio_accounts WHERE tenant_id = @tenant AND naam = @naam", ("@tenant", tenantId), ("@naam", naam)))
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                (id, hash, lockedUntil) = (reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            }
        }
        if (id is null || hash is null)
        {
            StudioPasswords.Verify(NobodysHash.Value, password);
            return SignInResult.Refused;
        }
        if (lockedUntil is not null && Clock.Parse(lockedUntil) > DateTimeOffset.UtcNow)
        {
            return SignInResult.Locked;
        }
        if (!StudioPasswords.Verify(hash, password))
        {
            await using var failed = SmiDatabase.Command(connection,
                "UPDATE studio_accounts SET failed_logins = failed_logins + 1, " +
                "locked_until = CASE WHEN failed_logins + 1 >= @max THEN @until ELSE locked_until END WHERE id = @id",
                ("@max", MaxFailedSignIns), ("@until", Clock.Text(DateTimeOffset.UtcNow + LockOutTime)), ("@id", id));
            await failed.ExecuteNonQueryAsync(cancellationToken);
            return SignInResult.Refused;
        }
        await using var reset = SmiDatabase.Command(connection,
            "UPDATE studio_accounts SET failed_logins = 0, locked_until = NULL WHERE id = @id", ("@id", id));
        await reset.ExecuteNonQueryAsync(cancellationToken);
        return new SignInResult(await FindAsync(tenantId, id, cancellationToken), false);
    }

    /// <summary>The account with this id in this tenant; null when it is another tenant's or there is none.</summary>
    public async Task<StudioAccount?> FindAsync(string tenantId, string id, CancellationToken cancellationToken = default) =>
        (await ReadAsync("WHERE tenant_id = @tenant AND id = @id", [("@tenant", tenantId), ("@id", id)], cancellationToken)).SingleOrDefault();

    public async Task<StudioAccount?> FindByNameAsync(string tenantId, string naam, CancellationToken cancellationToken = default) =>
        (await ReadAsync("WHERE tenant_id = @tenant AND naam = @naam", [("@tenant", tenantId), ("@naam", naam)], cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<StudioAccount>> ListAsync(string tenantId, CancellationToken cancellationToken = default) =>
        ReadAsync("WHERE tenant_id = @tenant ORDER BY naam", [("@tenant", tenantId)], cancellationToken);

    private async Task<IReadOnlyList<StudioAccount>> ReadAsync(string where, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = SmiDatabase.Command(connection, $"SELECT {Columns} FROM studio_accounts {where}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var accounts = new List<StudioAccount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(new StudioAccount(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                StudioRoles.Parse(reader.GetString(3)) ?? throw new InvalidDataException("studio_accounts.rol holds an unknown role"),
                reader.GetString(4).Split(',', StringSplitOptions.RemoveEmptyEntries), Clock.Parse(reader.GetString(5))));
        }
        return accounts;
    }
}
