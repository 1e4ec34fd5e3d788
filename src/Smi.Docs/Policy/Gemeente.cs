namespace Smi.Docs.Policy;

/// <summary>
/// Contact details of the municipality. <see cref="Logo"/> is a path relative to the profile file
/// (PNG or SVG), resolved to an absolute path by the reader.
/// </summary>
public sealed record Gemeente(
    string Naam,
    string? Logo,
    IReadOnlyList<string> Postadres,
    IReadOnlyList<string> Bezoekadres,
    string Telefoon,
    string Email,
    string Website);
