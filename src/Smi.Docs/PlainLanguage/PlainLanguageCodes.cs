namespace Smi.Docs.PlainLanguage;

/// <summary>
/// Stable codes of the plain-language check (<c>smi-docs lint</c>). Each rule, its threshold and its
/// source are documented in docs/plain-language.md; never reuse a code for another rule.
/// </summary>
public static class PlainLanguageCodes
{
    /// <summary>A sentence longer than the B1 guideline (warning).</summary>
    public const string LongSentence = "SMI6001";

    /// <summary>A sentence so long that almost no B1 reader follows it (error).</summary>
    public const string VeryLongSentence = "SMI6002";

    /// <summary>A long word that is not on the allow-list (warning).</summary>
    public const string LongWord = "SMI6003";

    /// <summary>An officialese word or phrase with a plain alternative (error).</summary>
    public const string Officialese = "SMI6004";

    /// <summary>A sentence that is probably passive (warning).</summary>
    public const string PassiveVoice = "SMI6005";

    /// <summary>The document's Flesch-Douma score is below the threshold (warning).</summary>
    public const string LowReadability = "SMI6006";

    /// <summary>A path given to <c>smi-docs lint</c> does not exist or holds no templates (bad input).</summary>
    public const string PathNotFound = "SMI6007";
}
