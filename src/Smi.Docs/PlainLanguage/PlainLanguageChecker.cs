using System.Globalization;
using Smi.Docs.Diagnostics;
using Smi.Docs.Templating;

namespace Smi.Docs.PlainLanguage;

/// <summary>
/// The B1 plain-language check of Dutch template text (<c>smi-docs lint</c>; rules in
/// docs/plain-language.md). It reads what a parent will read: front matter, template code (<c>{{ … }}</c>) and
/// Markdown markup are stripped first, and a value placeholder counts as one neutral word, because the
/// check is about the template's own text, never case data. Built once, immutable, safe to share.
/// </summary>
public sealed class PlainLanguageChecker
{
    private readonly PlainLanguageThresholds _thresholds;
    private readonly IReadOnlyList<IProseRule> _rules;

    public PlainLanguageChecker(PlainLanguageWordLists wordLists, PlainLanguageThresholds thresholds)
    {
        _thresholds = thresholds;
        _rules =
        [
            new SentenceLengthRule(thresholds),
            new LongWordRule(thresholds, wordLists.AllowedLongWords),
            new OfficialeseRule(wordLists.Officialese),
            new PassiveVoiceRule(thresholds),
        ];
    }

    /// <summary>The documented rules with the shipped word lists.</summary>
    public static PlainLanguageChecker Default { get; } = new(PlainLanguageWordLists.Default, PlainLanguageThresholds.Default);

    /// <summary>Checks one template's text.</summary>
    /// <param name="text">The whole template file, front matter included.</param>
    /// <param name="fileName">The name used in diagnostics.</param>
    /// <exception cref="SmiDocsException">The front matter is malformed (SMI3101/SMI3102).</exception>
    public PlainLanguageReport Check(string text, string fileName)
    {
        var sentences = ProseExtractor.Extract(text, fileName);
        var diagnostics = new List<Diagnostic>();
        foreach (var rule in _rules)
        {
            rule.Check(sentences, fileName, diagnostics);
        }
        var statistics = DocumentStatistics.Of(sentences, _thresholds);
        if (statistics.Words >= _thresholds.MinimumWordsForScore && statistics.FleschDouma < _thresholds.MinimumFleschDouma)
        {
            diagnostics.Add(Diagnostic.Warning(PlainLanguageCodes.LowReadability,
                string.Create(CultureInfo.InvariantCulture, $"Flesch-Douma {statistics.FleschDouma:0.0} is below {_thresholds.MinimumFleschDouma:0}: use shorter sentences and shorter words"),
                new SourceLocation(fileName)));
        }
        var ordered = diagnostics
            .OrderBy(d => d.Location.Line ?? 0)
            .ThenBy(d => d.Location.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new PlainLanguageReport(fileName, ordered, statistics);
    }
}
