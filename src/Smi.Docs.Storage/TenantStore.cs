using System.Data.Common;
using System.Text.RegularExpressions;

namespace Smi.Docs.Storage;

public sealed partial class TenantStore(SmiDatabase database)
{
    /// <summary>Lower-case letters, digits and hyphens: an id appears in logs, headers and file names.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <returns>False when a tenant with this id exists already.</returns>
    public async Task<bool> AddAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        if (!IsValidId(tenant.Id))
        {
            throw new ArgumentException("a tenant id is 1 to 40 lower-case letters, digits and hyphens", nameof(tenant));
        }
        await using var connection = await database.ConnectAsync(cancellationToken);
        if (await FindAsync(connection, tenant.Id, cancellationToken) is not null)
        {
            return false;
        }
        await using var insert = SmiDatabase.Command(connection,
            "INSERT INTO tenants (id, naam, profile_path, templates_path, created_at) VALUES (@id, @naam, @profile, @templates, @at)",
            ("@id", tenant.Id), ("@naam", tenant.Naam), ("@profile", tenant.ProfilePath), ("@templates", tenant.TemplatesPath), ("@at", Clock.Text(tenant.CreatedAt)));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    public async Task<Tenant?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        return await FindAsync(connection, id, cancellationToken);
    }

    public async Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        return await ReadAsync(connection, "SELECT id, naam, profile_path, templates_path, created_at FROM tenants ORDER BY id", [], cancellationToken);
    }

    private static async Task<Tenant?> FindAsync(DbConnection connection, string id, CancellationToken cancellationToken) =>
        (await ReadAsync(connection, "SELECT id, naam, profile_path, templates_path, created_at FROM tenants WHERE id = @id", [("@id", id)], cancellationToken))
        .SingleOrDefault();

    private static async Task<IReadOnlyList<Tenant>> ReadAsync(DbConnection connection, string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = SmiDatabase.Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tenants = new List<Tenant>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tenants.Add(new Tenant(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), Clock.Parse(reader.GetString(4))));
        }
        return tenants;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
