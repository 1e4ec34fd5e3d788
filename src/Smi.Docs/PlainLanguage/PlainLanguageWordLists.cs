using System.Reflection;

namespace Smi.Docs.PlainLanguage;

/// <summary>
/// The word lists behind the rules, kept as data files communication staff can read and extend
/// (<c>src/Smi.Docs/PlainLanguage/Data/</c>, embedded in the assembly). Lines are
/// <c>columns | separated | by pipes</c>; <c>#</c> starts a comment line.
/// </summary>
public sealed record PlainLanguageWordLists(IReadOnlyList<OfficialeseEntry> Officialese, IReadOnlyList<AllowedLongWord> AllowedLongWords)
{
    private const string OfficialeseResource = "Smi.Docs.PlainLanguage.ambtelijke-woorden.txt";
    private const string AllowedLongWordsResource = "Smi.Docs.PlainLanguage.toegestane-lange-woorden.txt";

    public static PlainLanguageWordLists Default { get; } = new(
        ParseOfficialese(ReadResource(OfficialeseResource)),
        ParseAllowedLongWords(ReadResource(AllowedLongWordsResource)));

    /// <summary>Reads <c>forms | alternative | note</c> lines; forms are separated by commas.</summary>
    public static IReadOnlyList<OfficialeseEntry> ParseOfficialese(string text) =>
        Rows(text, 2).Select(columns => new OfficialeseEntry(
            columns[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            columns[1],
            columns.Length > 2 ? columns[2] : "")).ToList();

    /// <summary>Reads <c>word | reason</c> lines.</summary>
    public static IReadOnlyList<AllowedLongWord> ParseAllowedLongWords(string text) =>
        Rows(text, 2).Select(columns => new AllowedLongWord(columns[0], columns[1])).ToList();

    private static IEnumerable<string[]> Rows(string text, int required)
    {
        var number = 0;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }
            var columns = line.Split('|', StringSplitOptions.TrimEntries);
            if (columns.Length < required || columns.Take(required).Any(c => c.Length == 0))
            {
                // The lists ship inside the assembly, so a bad line is a programming error caught by the tests.
                throw new FormatException($"word list line {number}: expected {required} filled columns separated by '|'");
            }
            yield return columns;
        }
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded word list {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
