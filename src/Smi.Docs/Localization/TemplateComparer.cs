using Smi.Docs.Diagnostics;
using Smi.Docs.Templating;

namespace Smi.Docs.Localization;

/// <summary>
/// Checks that a translated template keeps the Dutch structure (locales/README.md rules 1–3), comparing the two
/// syntax trees: the same control flow (if, else, for, end with their conditions and loop sources), includes and
/// container lines in the same order, the same value tags per paragraph, as many paragraphs, a meervoud form for
/// each plural category of the language, and the front-matter texts the Dutch has.
/// </summary>
internal static class TemplateComparer
{
    public static void Compare(TemplateText dutch, TemplateText translation, string language, DiagnosticBag problems)
    {
        CompareFrontMatter(dutch, translation, problems);
        if (translation.Source.SyntaxErrors.Count > 0)
        {
            // Scriban's tree stops at the first tag it cannot read (an else whose if was deleted), so comparing the
            // tags would report everything after it as lost; its own located message says what is wrong.
            foreach (var error in translation.Source.SyntaxErrors)
            {
                problems.Add(error);
            }
        }
        else
        {
            CompareStructure(dutch, translation, problems);
            CompareValues(dutch, translation, problems);
            ComparePluralForms(translation, language, problems);
        }
        if (dutch.Paragraphs.Count != translation.Paragraphs.Count)
        {
            var at = translation.Paragraphs.Count > dutch.Paragraphs.Count
                ? translation.Paragraphs[dutch.Paragraphs.Count].Span
                : EndOf(translation);
            problems.Error(LocalizationCodes.ParagraphCount,
                $"the Dutch has {dutch.Paragraphs.Count} paragraphs, the translation {translation.Paragraphs.Count}; keep one translated paragraph per Dutch paragraph (blank lines where the Dutch has them)",
                At(translation, at));
        }
    }

    private static void CompareFrontMatter(TemplateText dutch, TemplateText translation, DiagnosticBag problems)
    {
        foreach (var key in TemplateText.FrontMatterTexts)
        {
            if (dutch.FrontMatter.TryGetValue(key, out var value) && value.Value.Length > 0
                && !(translation.FrontMatter.TryGetValue(key, out var translated) && translated.Value.Length > 0))
            {
                problems.Error(LocalizationCodes.FrontMatterMissing, $"the Dutch has '{key}:' in its front matter; translate it here", SourceLocation.InFile(translation.File, 1, 1));
            }
        }
    }

    private static void CompareStructure(TemplateText dutch, TemplateText translation, DiagnosticBag problems)
    {
        var dutchLines = StructureOf(dutch);
        var translatedLines = StructureOf(translation);
        var next = 0;
        foreach (var line in LineDiff.Compare(dutchLines.Select(l => l.Key).ToList(), translatedLines.Select(l => l.Key).ToList()))
        {
            switch (line.Kind)
            {
                case DiffKind.Same:
                    next++;
                    break;
                case DiffKind.Added:
                    problems.Error(LocalizationCodes.StructureLine, $"'{line.Text}' is not in the Dutch at this place; keep the control flow (if, else, for, end), the includes and the ':::' lines of the Dutch, in its order",
                        At(translation, translatedLines[next].Span));
                    next++;
                    break;
                case DiffKind.Removed:
                    var at = next < translatedLines.Count ? translatedLines[next].Span : EndOf(translation);
                    problems.Error(LocalizationCodes.StructureLine, $"the Dutch has '{line.Text}' here (Dutch line {dutchLines[line.Index].Span.Line}); keep it",
                        At(translation, at));
                    break;
            }
        }
    }

    /// <summary>Control and include tags (their statements as the tree reads them) and container lines, in file order.</summary>
    private static List<(string Key, TextSpan Span)> StructureOf(TemplateText template) =>
        template.Codes.Where(c => c.Kind is TemplateTagKind.Control or TemplateTagKind.Include)
            .Select(c => (c.Display, TextSpan.In(template.Lines, c.Start, c.End)))
            .Concat(template.ContainerLines.Select(c => (c.Line, c.Span)))
            .OrderBy(item => item.Item2.Start)
            .ToList();

    /// <summary>
    /// Per paragraph when the paragraphs pair up (rule 2 keeps a tag in its paragraph, and the location is then
    /// precise), else over the whole body.
    /// </summary>
    private static void CompareValues(TemplateText dutch, TemplateText translation, DiagnosticBag problems)
    {
        if (dutch.Paragraphs.Count == translation.Paragraphs.Count)
        {
            for (var i = 0; i < dutch.Paragraphs.Count; i++)
            {
                CompareValues(dutch, dutch.Paragraphs[i].Span, translation, translation.Paragraphs[i].Span, $"paragraph {i + 1}", problems);
            }
        }
        else
        {
            CompareValues(dutch, new TextSpan(dutch.BodyStart, dutch.Text.Length, 0, 0),
                translation, TextSpan.In(translation.Lines, translation.BodyStart, translation.Text.Length), "text", problems);
        }
    }

    private static void CompareValues(TemplateText dutch, TextSpan dutchSpan, TemplateText translation, TextSpan translatedSpan, string where, DiagnosticBag problems)
    {
        var dutchTags = ValueTags(dutch, dutchSpan);
        var translatedTags = ValueTags(translation, translatedSpan);
        foreach (var group in dutchTags.GroupBy(t => t.Key))
        {
            var found = translatedTags.Count(t => t.Key == group.Key);
            if (found < group.Count())
            {
                problems.Error(LocalizationCodes.ExpressionCount,
                    $"'{group.First().Display}' is missing: the Dutch {where} has it {group.Count()} times, the translation {found}",
                    At(translation, translatedSpan));
            }
        }
        foreach (var group in translatedTags.GroupBy(t => t.Key))
        {
            var expected = dutchTags.Count(t => t.Key == group.Key);
            if (group.Count() > expected)
            {
                var extra = group.ElementAt(expected);
                problems.Error(LocalizationCodes.ExpressionCount,
                    $"'{extra.Display}' appears {group.Count()} times, the Dutch {where} has it {expected} times",
                    At(translation, TextSpan.In(translation.Lines, extra.Start, extra.End)));
            }
        }
    }

    private static List<TemplateCode> ValueTags(TemplateText template, TextSpan span) =>
        template.Codes.Where(c => c.Kind == TemplateTagKind.Value && c.Start >= span.Start && c.End <= span.End).ToList();

    private static void ComparePluralForms(TemplateText translation, string language, DiagnosticBag problems)
    {
        var plural = (Formatting.DocumentLanguage.Find(language)
            ?? throw new ArgumentOutOfRangeException(nameof(language), language, "not a document language")).Plural;
        var expected = plural.Categories.Count;
        foreach (var code in translation.Codes.Where(c => c.WordForms is { } forms && forms != expected))
        {
            problems.Error(LocalizationCodes.PluralFormCount,
                $"meervoud has {code.WordForms} word forms; '{language}' needs {expected}, one per CLDR plural category (locales/README.md rule 3)",
                At(translation, TextSpan.In(translation.Lines, code.Start, code.End)));
        }
    }

    private static TextSpan EndOf(TemplateText template) => TextSpan.In(template.Lines, template.Text.Length, template.Text.Length);

    private static SourceLocation At(TemplateText template, TextSpan span) => SourceLocation.InFile(template.File, span.Line, span.Column);
}
