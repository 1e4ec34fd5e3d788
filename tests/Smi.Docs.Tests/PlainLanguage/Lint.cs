using Smi.Docs.Diagnostics;
using Smi.Docs.PlainLanguage;

namespace Smi.Docs.Tests.PlainLanguage;

/// <summary>Runs the default checker on a snippet and renders findings as compact "code(line,col)" strings.</summary>
internal static class Lint
{
    public const string File = "t.sbn-md";

    public static PlainLanguageReport Check(string text) => PlainLanguageChecker.Default.Check(text, File);

    public static IReadOnlyList<string> Findings(string text, DiagnosticCode code) =>
        Check(text).Diagnostics.Where(d => d.Definition == code).Select(Format).ToList();

    public static string Format(Diagnostic d) => $"{d.Code}({d.Location.Line},{d.Location.Column})";

    /// <summary>A sentence of exactly <paramref name="count"/> short words, ending in a full stop.</summary>
    public static string Words(int count) => string.Join(' ', Enumerable.Repeat("wij", count)) + ".";
}
