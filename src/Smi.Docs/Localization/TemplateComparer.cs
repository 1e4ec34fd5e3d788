using Smi.Docs.Diagnostics;

namespace Smi.Docs.Localization;

/// <summary>
/// Checks that a translated template keeps the Dutch structure (locales/README.md rules 1–3): the same block,
/// partial and container lines in the same order, the same other tags per paragraph, as many paragraphs, a
/// meervoud form for each plural category of the language, and the front-matter texts the Dutch has.
/// </summary>
internal static class TemplateComparer
{
    public static void Compare(TemplateText dutch, TemplateText translation, string language, DiagnosticBag problems)
    {
        CompareFrontMatter(dutch, translation, problems);
        CompareStructure(dutch, translation, problems);
        CompareExpressions(dutch, translation, problems);
        ComparePluralForms(translation, language, problems);
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
                    problems.Error(LocalizationCodes.StructureLine, $"'{line.Text}' is not in the Dutch at this place; keep the block, partial and ':::' lines of the Dutch, in its order",
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

    private static List<(string Key, TextSpan Span)> StructureOf(TemplateText template) =>
        template.Tags.Where(t => t.IsStructural).Select(t => ("{{" + t.Inside + "}}", TextSpan.In(template.Lines, t.Start, t.End)))
            .Concat(template.ContainerLines.Select(c => (c.Line, c.Span)))
            .OrderBy(item => item.Item2.Start)
            .ToList();

    /// <summary>
    /// Per paragraph when the paragraphs pair up (rule 2 keeps a tag in its paragraph, and the location is then
    /// precise), else over the whole body.
    /// </summary>
    private static void CompareExpressions(TemplateText dutch, TemplateText translation, DiagnosticBag problems)
    {
        if (dutch.Paragraphs.Count == translation.Paragraphs.Count)
        {
            for (var i = 0; i < dutch.Paragraphs.Count; i++)
            {
                CompareExpressions(dutch, dutch.Paragraphs[i].Span, translation, translation.Paragraphs[i].Span, $"paragraph {i + 1}", problems);
            }
        }
        else
        {
            CompareExpressions(dutch, new TextSpan(dutch.BodyStart, dutch.Text.Length, 0, 0),
                translation, TextSpan.In(translation.Lines, translation.BodyStart, translation.Text.Length), "text", problems);
        }
    }

    private static void CompareExpressions(TemplateText dutch, TextSpan dutchSpan, TemplateText translation, TextSpan translatedSpan, string where, DiagnosticBag problems)
    {
        var dutchTags = ValueTags(dutch, dutchSpan);
        var translatedTags = ValueTags(translation, translatedSpan);
        foreach (var group in dutchTags.GroupBy(t => t.Key))
        {
            var found = translatedTags.Count(t => t.Key == group.Key);
            if (found < group.Count())
            {
                problems.Error(LocalizationCodes.ExpressionCount,
                    $"'{group.First().Text}' is missing: the Dutch {where} has it {group.Count()} times, the translation {found}",
                    At(translation, translatedSpan));
            }
        }
        foreach (var group in translatedTags.GroupBy(t => t.Key))
        {
            var expected = dutchTags.Count(t => t.Key == group.Key);
            if (group.Count() > expected)
            {
                problems.Error(LocalizationCodes.ExpressionCount,
                    $"'{group.First().Text}' appears {group.Count()} times, the Dutch {where} has it {expected} times",
                    At(translation, TextSpan.In(translation.Lines, group.ElementAt(expected).Start, group.ElementAt(expected).End)));
            }
        }
    }

    private static List<HandlebarsTag> ValueTags(TemplateText template, TextSpan span) =>
        template.Tags.Where(t => !t.IsStructural && t.Start >= span.Start && t.End <= span.End).ToList();

    private static void ComparePluralForms(TemplateText translation, string language, DiagnosticBag problems)
    {
        var expected = Formatting.PluralRules.Categories(language).Count;
        foreach (var tag in translation.Tags.Where(t => t.IsMeervoud && t.QuotedWordCount != expected))
        {
            problems.Error(LocalizationCodes.PluralFormCount,
                $"meervoud has {tag.QuotedWordCount} word forms; '{language}' needs {expected}, one per CLDR plural category (locales/README.md rule 3)",
                At(translation, TextSpan.In(translation.Lines, tag.Start, tag.End)));
        }
    }

    private static TextSpan EndOf(TemplateText template) => TextSpan.In(template.Lines, template.Text.Length, template.Text.Length);

    private static SourceLocation At(TemplateText template, TextSpan span) => SourceLocation.InFile(template.File, span.Line, span.Column);
}
