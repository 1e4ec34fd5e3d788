namespace Smi.Docs.Diagnostics;

/// <summary>
/// SMI6xxx: the plain-language check (<c>smi-docs lint</c>). Each rule, its threshold and its source are documented
/// in docs/plain-language.md.
/// </summary>
public static class PlainLanguageCodes
{
    /// <summary>A sentence longer than the B1 guideline.</summary>
    public static readonly DiagnosticCode LongSentence = new("SMI6001", DiagnosticOrigin.PlainLanguage, Severity.Warning, "Long sentence");

    /// <summary>A sentence so long that almost no B1 reader follows it.</summary>
    public static readonly DiagnosticCode VeryLongSentence = new("SMI6002", DiagnosticOrigin.PlainLanguage, Severity.Error, "Very long sentence");

    /// <summary>A long word that is not on the allow-list.</summary>
    public static readonly DiagnosticCode LongWord = new("SMI6003", DiagnosticOrigin.PlainLanguage, Severity.Warning, "Long word");

    /// <summary>An officialese word or phrase with a plain alternative.</summary>
    public static readonly DiagnosticCode Officialese = new("SMI6004", DiagnosticOrigin.PlainLanguage, Severity.Error, "Officialese");

    public static readonly DiagnosticCode PassiveVoice = new("SMI6005", DiagnosticOrigin.PlainLanguage, Severity.Warning, "Passive voice");

    /// <summary>The document's Flesch-Douma score is below the threshold.</summary>
    public static readonly DiagnosticCode LowReadability = new("SMI6006", DiagnosticOrigin.PlainLanguage, Severity.Warning, "Low readability (Flesch-Douma)");

    /// <summary>A path given to <c>smi-docs lint</c> does not exist or holds no templates.</summary>
    public static readonly DiagnosticCode PathNotFound = new("SMI6007", DiagnosticOrigin.PlainLanguage, Severity.Error, "Path without templates");
}
