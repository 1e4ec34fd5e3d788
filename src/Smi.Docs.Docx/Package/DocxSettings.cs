using DocumentFormat.OpenXml.Wordprocessing;

namespace Smi.Docs.Docx.Package;

/// <summary>
/// settings.xml: Word 2013+ layout (compatibility mode 15, otherwise Word opens the letter in compatibility mode)
/// and the document language for theme fonts. No w:updateFields: it makes Word ask a question on every open,
/// and PAGE/NUMPAGES update by themselves.
/// </summary>
internal static class DocxSettings
{
    public static Settings Build(DocxLanguage language)
    {
        var themeLanguages = new ThemeFontLanguages { Val = language.Tag };
        if (language.RightToLeft)
        {
            themeLanguages.Bidi = language.Tag;
        }

        return new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 708 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            themeLanguages);
    }
}
