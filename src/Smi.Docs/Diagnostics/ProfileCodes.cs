namespace Smi.Docs.Diagnostics;

/// <summary>SMI2xxx: the municipality profile YAML (<c>ProfileReader</c>) and the logo it names.</summary>
public static class ProfileCodes
{
    public static readonly DiagnosticCode LogoNotFound = new("SMI2011", DiagnosticOrigin.Profile, Severity.Error, "Logo file not found");
    public static readonly DiagnosticCode FileNotReadable = new("SMI2012", DiagnosticOrigin.Profile, Severity.Error, "Profile file not readable");
    public static readonly DiagnosticCode MethodeVraagtSleutel = new("SMI2013", DiagnosticOrigin.Profile, Severity.Error, "Eigen-bijdrage method lacks a key it needs");

    // The input boundary (issue 11).
    public static readonly DiagnosticCode FileTooLarge = new("SMI2014", DiagnosticOrigin.Profile, Severity.Error, "Profile file too large");
    public static readonly DiagnosticCode NotUnicode = new("SMI2015", DiagnosticOrigin.Profile, Severity.Error, "Profile is not valid UTF-8");
    public static readonly DiagnosticCode Aliases = new("SMI2016", DiagnosticOrigin.Profile, Severity.Error, "YAML alias in a profile");
    public static readonly DiagnosticCode TextTooLong = new("SMI2017", DiagnosticOrigin.Profile, Severity.Error, "Text too long");
    public static readonly DiagnosticCode TextCharacters = new("SMI2018", DiagnosticOrigin.Profile, Severity.Error, "Control or invalid character in a text");
    public static readonly DiagnosticCode TooPrecise = new("SMI2019", DiagnosticOrigin.Profile, Severity.Error, "More than two decimals");
    public static readonly DiagnosticCode LogoTooLarge = new("SMI2020", DiagnosticOrigin.Profile, Severity.Error, "Logo file too large");

    // Profiles that do what their regulation says (issue 12, point 3).
    public static readonly DiagnosticCode MethodeBepaaltSleutel = new("SMI2021", DiagnosticOrigin.Profile, Severity.Error, "Eigen-bijdrage method fixes a key's value");
    public static readonly DiagnosticCode HardheidsclausuleOnderdeel = new("SMI2022", DiagnosticOrigin.Profile, Severity.Error, "Unknown rule in hardheidsclausule.wijktAfVan");
    public static readonly DiagnosticCode HardheidsclausuleTweeKeer = new("SMI2023", DiagnosticOrigin.Profile, Severity.Error, "Hardheidsclausule given twice");

    /// <summary>Declared after the boundary codes it refers to (static fields initialize in order).</summary>
    public static readonly InputCodes Input = new("SMI2", DiagnosticOrigin.Profile, "YAML", "key")
    {
        Boundary = new InputBoundaryCodes(FileTooLarge, NotUnicode, Aliases, TextTooLong, TextCharacters, TooPrecise, null),
    };

    public static readonly DiagnosticCode LogoFormat = new("SMI2101", DiagnosticOrigin.Profile, Severity.Error, "Logo is not PNG or SVG");
}
