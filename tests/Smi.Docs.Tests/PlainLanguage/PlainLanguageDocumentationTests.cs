using System.Text.RegularExpressions;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Tests.PlainLanguage;

/// <summary>docs/plain-language.md is what writers read: every code of the check has exactly one row in its table.</summary>
public sealed partial class PlainLanguageDocumentationTests
{
    [Fact]
    public void Every_plain_language_code_is_documented_once()
    {
        var documented = TableCode().Matches(File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "plain-language.md"))).Select(m => m.Groups[1].Value);
        var codes = DiagnosticRegistry.All.Where(c => c.Origin == DiagnosticOrigin.PlainLanguage).Select(c => c.Id);

        Assert.Equal(codes.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^\| (SMI6\d{3}) \|", RegexOptions.Multiline)]
    private static partial Regex TableCode();
}
