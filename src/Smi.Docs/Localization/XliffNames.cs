using System.Text;
using System.Xml.Linq;

namespace Smi.Docs.Localization;

/// <summary>
/// XLIFF 2.0 names (OASIS XLIFF Version 2.0, core and Metadata module) and our use of them: segment states for
/// the translation status, and identifiers, which XLIFF requires to be NMTOKENs.
/// </summary>
internal static class XliffNames
{
    public static readonly XNamespace Core = "urn:oasis:names:tc:xliff:document:2.0";
    public static readonly XNamespace Metadata = "urn:oasis:names:tc:xliff:metadata:2.0";
    public const string MetaGroupCategory = "smi-docs";

    public const string Initial = "initial";
    public const string Translated = "translated";
    public const string Reviewed = "reviewed";
    public const string Final = "final";

    public static string StateOf(TranslationStatus status) => status == TranslationStatus.Gecontroleerd ? Reviewed : Translated;

    public static bool IsReviewed(string? state) => state is Reviewed or Final;

    /// <summary>
    /// A key path such as <c>secties/aanvrager/velden/aanvrager-bsn/label</c> as an NMTOKEN: '/' becomes '.'; the
    /// path itself travels in the unit's <c>name</c>, which translators see.
    /// </summary>
    public static string Token(string path)
    {
        var token = new StringBuilder();
        foreach (var c in path)
        {
            token.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : c == '/' ? '.' : '_');
        }
        return token.ToString();
    }
}
