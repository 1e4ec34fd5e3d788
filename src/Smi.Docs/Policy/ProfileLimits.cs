using Smi.Docs.Input;

namespace Smi.Docs.Policy;

/// <summary>
/// The bounds of a municipality profile and its logo (issue 11, docs/diagnostics.md). A profile is a few KiB of
/// hand-written YAML; what is far beyond that is a mistake or an attack on the letters made from it.
/// </summary>
internal static class ProfileLimits
{
    /// <summary>The example profiles are 2–4 KiB.</summary>
    public const int MaxFileBytes = 256 * 1024;

    /// <summary>Titles, names, addresses and article references; a regulation's title is under 150 characters.</summary>
    public const int Tekst = 500;

    /// <summary>A letterhead logo is a few KiB of PNG or SVG; 2 MiB is a poster.</summary>
    public const int MaxLogoBytes = 2 * 1024 * 1024;

    public static readonly InputLimits Input = new(MaxFileBytes, MaxDepth: 16, Tekst, MaxDecimals: 2);
}
