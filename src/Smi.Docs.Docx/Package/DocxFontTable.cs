using DocumentFormat.OpenXml.Wordprocessing;

namespace Smi.Docs.Docx.Package;

/// <summary>
/// fontTable.xml names an alternative for each font, so a PC without the Noto fonts shows Arial (or Courier New)
/// instead of a guess.
/// </summary>
internal static class DocxFontTable
{
    public static Fonts Build() => new(
        Font(DocxLanguage.LatinFont, "Arial", FontFamilyValues.Swiss, FontPitchValues.Variable),
        Font(DocxLanguage.ComplexScriptFont, "Arial", FontFamilyValues.Roman, FontPitchValues.Variable),
        Font(DocxLanguage.EastAsianFont, "Microsoft YaHei", FontFamilyValues.Swiss, FontPitchValues.Variable),
        Font("Noto Sans Mono", "Courier New", FontFamilyValues.Modern, FontPitchValues.Fixed));

    private static Font Font(string name, string alternative, FontFamilyValues family, FontPitchValues pitch) =>
        new(new AltName { Val = alternative }, new FontFamily { Val = family }, new Pitch { Val = pitch }) { Name = name };
}
