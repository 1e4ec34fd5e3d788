namespace Smi.Docs.Storage;

/// <summary>A municipality using the service: its own profile and, optionally, its own copy of the templates.</summary>
/// <param name="Id">Short, stable and public (e.g. <c>voorbeeldstad</c>): it names the tenant in keys' listings and the audit trail.</param>
/// <param name="ProfilePath">The profile YAML, as a full path on the server.</param>
/// <param name="TemplatesPath">A full template folder (like <c>smi-docs render --templates</c>), or null for the shipped templates.</param>
public sealed record Tenant(string Id, string Naam, string ProfilePath, string? TemplatesPath, DateTimeOffset CreatedAt);
