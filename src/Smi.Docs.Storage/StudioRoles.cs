namespace Smi.Docs.Storage;

/// <summary>The roles as they are written in the database, on the command line and in the studio: lower-case Dutch.</summary>
public static class StudioRoles
{
    public static IReadOnlyList<StudioRole> All { get; } = Enum.GetValues<StudioRole>();

    public static string Name(this StudioRole role) => role.ToString().ToLowerInvariant();

    public static StudioRole? Parse(string? text) =>
        All.Cast<StudioRole?>().FirstOrDefault(r => string.Equals(r!.Value.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Listing => string.Join(", ", All.Select(Name));
}
