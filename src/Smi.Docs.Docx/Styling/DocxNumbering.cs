using DocumentFormat.OpenXml.Wordprocessing;

namespace Smi.Docs.Docx.Styling;

/// <summary>
/// numbering.xml for one document. Bullets share one instance; every ordered list gets its own instance with a
/// start override, because Word continues the count across all lists that share an instance.
/// Not thread-safe on purpose: one is created per rendered document.
/// </summary>
internal sealed class DocxNumbering
{
    public const int BulletNumId = 1;
    public const int DecimalNumId = 2;

    private const int BulletAbstractId = 1;
    private const int DecimalAbstractId = 2;
    private const int Levels = 9;
    private const int IndentPerLevel = 360;

    private static readonly string[] BulletGlyphs = ["•", "◦", "▪"];
    private static readonly NumberFormatValues[] DecimalFormats = [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];

    private readonly List<(int NumId, int Level, int Start)> orderedLists = [];

    /// <summary>Registers an ordered list that starts at <paramref name="start"/> on <paramref name="level"/>; returns its w:numId.</summary>
    public int NewOrderedList(int level, int start)
    {
        var numId = DecimalNumId + 1 + orderedLists.Count;
        orderedLists.Add((numId, level, Math.Max(0, start)));
        return numId;
    }

    /// <summary>What makes this numbering.xml differ from another's: its ordered lists.</summary>
    public string Key => string.Join(';', orderedLists.Select(list => $"{list.NumId}:{list.Level}:{list.Start}"));

    public Numbering Build()
    {
        var numbering = new Numbering(
            Abstract(BulletAbstractId, "Smi opsomming", level => Level(level, NumberFormatValues.Bullet, BulletGlyphs[level % BulletGlyphs.Length], bullet: true)),
            Abstract(DecimalAbstractId, "Smi nummering", level => Level(level, DecimalFormats[level % DecimalFormats.Length], $"%{level + 1}.", bullet: false)),
            Instance(BulletNumId, BulletAbstractId),
            Instance(DecimalNumId, DecimalAbstractId));
        foreach (var (numId, level, start) in orderedLists)
        {
            var instance = Instance(numId, DecimalAbstractId);
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
            numbering.Append(instance);
        }

        return numbering;
    }

    private static AbstractNum Abstract(int id, string name, Func<int, Level> level)
    {
        var abstractNum = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            new AbstractNumDefinitionName { Val = name })
        { AbstractNumberId = id };
        for (var i = 0; i < Levels; i++)
        {
            abstractNum.Append(level(i));
        }

        return abstractNum;
    }

    private static Level Level(int index, NumberFormatValues format, string text, bool bullet)
    {
        var level = new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation
            {
                Left = DocxUnits.Twips(IndentPerLevel * (index + 1)),
                Hanging = DocxUnits.Twips(IndentPerLevel),
            }))
        { LevelIndex = index };
        if (bullet)
        {
            // Pin the glyph's font so Word does not pick Symbol/Wingdings, which map • to a different shape.
            level.Append(new NumberingSymbolRunProperties(new RunFonts { Ascii = DocxLanguage.LatinFont, HighAnsi = DocxLanguage.LatinFont, Hint = FontTypeHintValues.Default }));
        }

        return level;
    }

    private static NumberingInstance Instance(int numId, int abstractId) =>
        new(new AbstractNumId { Val = abstractId }) { NumberID = numId };
}
