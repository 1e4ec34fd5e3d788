namespace Smi.Docs.Docx.Frame;

/// <summary>
/// The relationship ids of one section's headers and footers. A bundle (a translation followed by the Dutch original)
/// has one section per part, each with its own letterhead labels and footer; part 0 keeps the ids of a single letter.
/// </summary>
internal sealed record DocxSectionIds(string FirstHeader, string DefaultHeader, string FirstFooter, string DefaultFooter)
{
    public static DocxSectionIds ForPart(int index)
    {
        var suffix = index == 0 ? "" : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new("rIdHeaderFirst" + suffix, "rIdHeaderDefault" + suffix, "rIdFooterFirst" + suffix, "rIdFooterDefault" + suffix);
    }
}
