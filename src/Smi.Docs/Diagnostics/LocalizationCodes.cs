namespace Smi.Docs.Diagnostics;

/// <summary>
/// SMI10xxx: locales and translations. All are failures of the installation except the stale warning (a translation
/// of older Dutch is still a usable service copy) and the fallback warning (the caller asked for it).
/// </summary>
public static class LocalizationCodes
{
    public static readonly DiagnosticCode MetadataMissing = new("SMI10001", DiagnosticOrigin.Localization, Severity.Error, "Translation metadata missing");
    public static readonly DiagnosticCode InvalidStatus = new("SMI10002", DiagnosticOrigin.Localization, Severity.Error, "Invalid translation status");
    public static readonly DiagnosticCode WrongBron = new("SMI10003", DiagnosticOrigin.Localization, Severity.Error, "Bron is not the Dutch source");

    /// <summary>A YAML translation that cannot be read; a template's front matter is SMI3101/SMI3102, as in any template.</summary>
    public static readonly DiagnosticCode Malformed = new("SMI10004", DiagnosticOrigin.Localization, Severity.Error, "YAML translation unreadable");

    public static readonly DiagnosticCode Missing = new("SMI10005", DiagnosticOrigin.Localization, Severity.Error, "Translation file missing");
    public static readonly DiagnosticCode Stale = new("SMI10006", DiagnosticOrigin.Localization, Severity.Warning, "Translation of older Dutch");
    public static readonly DiagnosticCode StructureLine = new("SMI10010", DiagnosticOrigin.Localization, Severity.Error, "Control line differs from the Dutch");
    public static readonly DiagnosticCode ExpressionCount = new("SMI10011", DiagnosticOrigin.Localization, Severity.Error, "Value tags differ from the Dutch");
    public static readonly DiagnosticCode PluralFormCount = new("SMI10012", DiagnosticOrigin.Localization, Severity.Error, "Wrong number of plural forms");
    public static readonly DiagnosticCode ParagraphCount = new("SMI10013", DiagnosticOrigin.Localization, Severity.Error, "Paragraph count differs from the Dutch");
    public static readonly DiagnosticCode FrontMatterMissing = new("SMI10014", DiagnosticOrigin.Localization, Severity.Error, "Translated front matter key missing");
    public static readonly DiagnosticCode YamlTree = new("SMI10020", DiagnosticOrigin.Localization, Severity.Error, "YAML structure differs from the Dutch");
    public static readonly DiagnosticCode YamlPlaceholders = new("SMI10021", DiagnosticOrigin.Localization, Severity.Error, "Placeholders differ from the Dutch");
    public static readonly DiagnosticCode XliffMalformed = new("SMI10030", DiagnosticOrigin.Localization, Severity.Error, "Not an XLIFF 2.0 file");

    /// <summary>A DTD can pull in external entities (XXE) or expand into gigabytes; XLIFF 2.0 needs none.</summary>
    public static readonly DiagnosticCode XliffDtd = new("SMI10033", DiagnosticOrigin.Localization, Severity.Error, "XLIFF file with a DTD");

    /// <summary>An error at import; export reports it as a warning and leaves the target out.</summary>
    public static readonly DiagnosticCode XliffPlaceholder = new("SMI10031", DiagnosticOrigin.Localization, Severity.Error, "XLIFF placeholders do not match");

    /// <summary>An error at import; export reports it as a warning and leaves the target out.</summary>
    public static readonly DiagnosticCode XliffUnknown = new("SMI10032", DiagnosticOrigin.Localization, Severity.Error, "XLIFF file or unit without a translation");

    public static readonly DiagnosticCode UnknownTranslation = new("SMI10040", DiagnosticOrigin.Localization, Severity.Error, "Not a translation");

    /// <summary>The studio's translators' view: a segment's text that would break its codes or its lines; nothing is saved.</summary>
    public static readonly DiagnosticCode SegmentCodes = new("SMI10050", DiagnosticOrigin.Localization, Severity.Error, "Translated segment breaks its codes or lines");

    /// <summary>A translation lacks a file a document needs: the installation, not the request, is incomplete.</summary>
    public static readonly DiagnosticCode MissingTranslation = new("SMI10901", DiagnosticOrigin.Localization, Severity.Error, "Translation of the document missing");

    /// <summary>The Dutch document was sent instead of a missing translation; a warning, because the caller asked for it.</summary>
    public static readonly DiagnosticCode Fallback = new("SMI10902", DiagnosticOrigin.Localization, Severity.Warning, "Dutch sent instead of the translation");
}
