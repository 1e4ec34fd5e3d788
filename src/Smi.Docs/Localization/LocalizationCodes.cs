namespace Smi.Docs.Localization;

/// <summary>
/// SMI10xxx: locales and translations (docs/diagnostics.md). All are failures (exit 1) except the stale warning:
/// a translation of older Dutch is still a usable service copy.
/// </summary>
public static class LocalizationCodes
{
    public const string MetadataMissing = "SMI10001";
    public const string InvalidStatus = "SMI10002";
    public const string WrongBron = "SMI10003";
    /// <summary>A YAML translation that cannot be read; a template's front matter is SMI3101/SMI3102, as in any template.</summary>
    public const string Malformed = "SMI10004";
    public const string Missing = "SMI10005";
    public const string Stale = "SMI10006";
    public const string StructureLine = "SMI10010";
    public const string ExpressionCount = "SMI10011";
    public const string PluralFormCount = "SMI10012";
    public const string ParagraphCount = "SMI10013";
    public const string FrontMatterMissing = "SMI10014";
    public const string YamlTree = "SMI10020";
    public const string YamlPlaceholders = "SMI10021";
    public const string XliffMalformed = "SMI10030";
    public const string XliffPlaceholder = "SMI10031";
    public const string XliffUnknown = "SMI10032";
    public const string UnknownTranslation = "SMI10040";
}
