namespace Smi.Docs.Diagnostics;

/// <summary>SMI2xxx: the municipality profile YAML (<c>ProfileReader</c>) and the logo it names.</summary>
public static class ProfileCodes
{
    public static readonly InputCodes Input = new("SMI2", DiagnosticOrigin.Profile, "YAML", "key");

    public static readonly DiagnosticCode LogoNotFound = new("SMI2011", DiagnosticOrigin.Profile, Severity.Error, "Logo file not found");
    public static readonly DiagnosticCode FileNotReadable = new("SMI2012", DiagnosticOrigin.Profile, Severity.Error, "Profile file not readable");
    public static readonly DiagnosticCode MethodeVraagtSleutel = new("SMI2013", DiagnosticOrigin.Profile, Severity.Error, "Eigen-bijdrage method lacks a key it needs");

    public static readonly DiagnosticCode LogoFormat = new("SMI2101", DiagnosticOrigin.Profile, Severity.Error, "Logo is not PNG or SVG");
}
