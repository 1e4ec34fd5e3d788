namespace Smi.Docs.Docx.Styling;

/// <summary>
/// Style ids as they appear in styles.xml and in every w:pStyle. English ids for Word's built-in styles
/// (so Word maps them onto its own Heading 1, List Bullet… in any UI language), Dutch ids for our letter styles.
/// </summary>
internal static class DocxStyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string ListContinue = "ListContinue";
    public const string Quote = "Quote";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";
    public const string TableNormal = "TableNormal";
    public const string Table = "SmiTabel";
    public const string TableText = "Tabeltekst";

    public const string Briefhoofd = "Briefhoofd";
    public const string Retouradres = "Retouradres";
    public const string Adresblok = "Adresblok";
    public const string Kenmerk = "Kenmerk";
    public const string Aanhef = "Aanhef";
    public const string Melding = "Melding";
    public const string Ondertekening = "Ondertekening";
    public const string Scheidingslijn = "Scheidingslijn";
    public const string Code = "Code";
}
