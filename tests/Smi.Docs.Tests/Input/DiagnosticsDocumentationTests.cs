using System.Reflection;
using System.Text.RegularExpressions;
using Smi.Docs.Cases;
using Smi.Docs.Catalogues;
using Smi.Docs.Composition;
using Smi.Docs.Input;
using Smi.Docs.Policy;

namespace Smi.Docs.Tests.Input;

/// <summary>docs/diagnostics.md is what integrators read: every code the readers can emit must be in it.</summary>
public sealed partial class DiagnosticsDocumentationTests
{
    [Fact]
    public void Every_input_code_has_exactly_one_line_in_the_table()
    {
        var documented = TableCode().Matches(RepositoryFiles.Read("docs", "diagnostics.md")).Select(m => m.Groups[1].Value).ToList();
        var shared = Enum.GetValues<InputProblem>().SelectMany(p => new[] { $"SMI1{(int)p:000}", $"SMI2{(int)p:000}", $"SMI7{(int)p:000}", $"SMI8{(int)p:000}", $"SMI9{(int)p:000}" });
        var specific = new[] { typeof(CaseRules), typeof(ProfileReader), typeof(Smi.Docs.Calculation.CalculationCodes), typeof(DocumentRequirements), typeof(AfwijzingsgrondenReader), typeof(OntbrekendeGegevensReader), typeof(Smi.Docs.Forms.FormDefinitionReader), typeof(Smi.Docs.Formatting.FixedTexts) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        var used = shared.Concat(specific).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(used, documented.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^\| (SMI\d{4}) \|", RegexOptions.Multiline)]
    private static partial Regex TableCode();
}
