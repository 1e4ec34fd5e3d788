namespace Smi.Docs.Storage;

/// <summary>One person's account for the template studio of one municipality. The password hash never leaves the store.</summary>
/// <param name="Talen">The languages a vertaler may edit (language codes); empty for the other roles.</param>
public sealed record StudioAccount(string Id, string TenantId, string Naam, StudioRole Rol, IReadOnlyList<string> Talen, DateTimeOffset CreatedAt)
{
    /// <summary>Dutch is the binding text (Awb 2:6): only a redacteur or beheerder changes it; a vertaler edits its own languages.</summary>
    public bool MayEdit(string language) => Rol != StudioRole.Vertaler || Talen.Contains(language, StringComparer.Ordinal);

    public bool MayManageAccounts => Rol == StudioRole.Beheerder;
}
