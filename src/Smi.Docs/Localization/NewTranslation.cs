namespace Smi.Docs.Localization;

/// <summary>
/// The start of a translation that does not exist yet: the Dutch file with the metadata of locales/README.md
/// added, so untranslated units keep the Dutch text and the structure is right from the first import.
/// </summary>
internal static class NewTranslation
{
    public static string From(string dutch, LocaleSource source, string bronHash)
    {
        string[] fields = [$"bron: {source.SourcePath}", $"bronHash: {bronHash}", $"status: {TranslationStatusText.Machinevertaling}"];
        if (source.IsTemplate)
        {
            var template = TemplateText.Parse(dutch, source.SourcePath);
            var lines = string.Concat(fields.Select(f => f + "\n")) + "notities:\n";
            return template.FrontMatterClose >= 0
                ? dutch.Insert(template.FrontMatterClose, lines)
                : "---\n" + lines + "---\n" + dutch;
        }
        var metadata = string.Concat(fields.Select(f => "  " + f + "\n")) + "  notities: \"\"\n";
        return dutch.Insert(FirstKey(dutch), "vertaling:\n" + metadata + "\n");
    }

    /// <summary>After the file's opening comment, which explains the Dutch file and stays useful in the copy.</summary>
    private static int FirstKey(string yaml)
    {
        var start = 0;
        while (start < yaml.Length)
        {
            var end = yaml.IndexOf('\n', start);
            var line = yaml[start..(end < 0 ? yaml.Length : end)].Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                return start;
            }
            start = end < 0 ? yaml.Length : end + 1;
        }
        return 0;
    }
}
