using System.Reflection;
using System.Text.RegularExpressions;
using Smi.Docs.Cli;
using Smi.Docs.Diagnostics;
using Smi.Docs.Pdf;

namespace Smi.Docs.Tests.Diagnostics;

/// <summary>
/// docs/diagnostics.md is what integrators read and the registry is what the code reports: every code is declared
/// once, documented once, and written nowhere else, and the exit code of each origin is the one the range table gives.
/// </summary>
public sealed partial class DiagnosticRegistryTests
{
    private static readonly string Documentation = File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "diagnostics.md"));

    [Fact]
    public void No_two_registrations_share_an_id()
    {
        var shared = DiagnosticRegistry.All.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(shared);
    }

    [Fact]
    public void The_shared_input_codes_are_registered_for_every_family()
    {
        var families = new[] { "SMI1", "SMI2", "SMI7", "SMI8", "SMI9" };
        var expected = families.SelectMany(f => Enumerable.Range(1, 10).Select(n => $"{f}{n:000}"));

        Assert.Empty(expected.Except(DiagnosticRegistry.All.Select(c => c.Id)));
    }

    [Fact]
    public void Every_registered_code_is_documented()
    {
        var documented = TableRowCodes().Concat(CodeSpan().Matches(Documentation).Select(m => m.Groups[1].Value)).ToHashSet();

        Assert.Empty(DiagnosticRegistry.All.Select(c => c.Id).Except(documented));
    }

    [Fact]
    public void Every_code_in_a_table_is_registered_and_has_one_row()
    {
        var rows = TableRowCodes().ToList();

        Assert.Empty(rows.Except(DiagnosticRegistry.All.Select(c => c.Id)));
        Assert.Empty(rows.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Codes_are_written_in_the_registry_only()
    {
        var source = Path.Combine(TestPaths.Root, "src");
        var registry = DiagnosticRegistry.DeclaringTypes
            .Select(t => Path.Combine(source, "Smi.Docs", "Diagnostics", t.Name + ".cs"))
            .ToHashSet();
        Assert.All(registry, file => Assert.True(File.Exists(file), file));

        var outside = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && !registry.Contains(f))
            .SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(source, f)}: {m.Value}"));

        Assert.Empty(outside);
    }

    [Fact]
    public void Every_code_a_library_holds_in_a_static_field_is_registered()
    {
        var assemblies = new[] { typeof(DiagnosticRegistry).Assembly, typeof(PdfPrinterOptions).Assembly, typeof(DiagnosticsOutput).Assembly };
        var held = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (Field: $"{f.DeclaringType!.Name}.{f.Name}", Code: (DiagnosticCode)f.GetValue(null)!))
            .ToList();

        Assert.NotEmpty(held);
        Assert.Empty(held.Where(h => !DiagnosticRegistry.All.Contains(h.Code)).Select(h => h.Field));
    }

    [Fact]
    public void Every_origin_has_one_row_in_the_range_table_and_every_code_lies_in_its_origin_s_ranges()
    {
        var ranges = RangeTable();

        Assert.Equal(Enum.GetValues<DiagnosticOrigin>().Order(), ranges.Select(r => r.Origin).Order());
        var misplaced = DiagnosticRegistry.All
            .Where(c => ranges.Single(r => r.Origin == c.Origin).Patterns.All(p => !p.IsMatch(c.Id))
                || ranges.Where(r => r.Origin != c.Origin).Any(r => r.Patterns.Any(p => p.IsMatch(c.Id))))
            .Select(c => $"{c.Id} ({c.Origin})");
        Assert.Empty(misplaced);
    }

    [Fact]
    public void The_exit_code_of_every_code_is_the_one_the_range_table_gives_its_origin()
    {
        var documented = RangeTable().ToDictionary(r => r.Origin, r => r.ExitCode);

        var wrong = DiagnosticRegistry.All
            .Where(c => ExitCodeOf(c) != documented[c.Origin])
            .Select(c => $"{c.Id}: {ExitCodeOf(c)}, documented {documented[c.Origin]}");

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("SMI1101", 2)]
    [InlineData("SMI9101", 2)]
    [InlineData("SMI2101", 2)]
    [InlineData("SMI4002", 2)]
    [InlineData("SMI5101", 2)]
    [InlineData("SMI5001", 1)]
    [InlineData("SMI3001", 1)]
    [InlineData("SMI9001", 1)]
    [InlineData("SMI10005", 1)]
    [InlineData("SMI10901", 1)]
    [InlineData("PDF001", 1)]
    [InlineData("SMI4011", 2)]
    [InlineData("SMI4901", 1)]
    [InlineData("SMI4999", 1)]
    public void Case_profile_and_options_are_bad_input_while_templates_tables_and_locales_are_failures(string id, int exitCode)
    {
        Assert.Equal(exitCode, ExitCodeOf(DiagnosticRegistry.All.Single(c => c.Id == id)));
    }

    [Fact]
    public void One_installation_problem_among_input_problems_makes_the_run_a_failure()
    {
        IReadOnlyList<Diagnostic> diagnostics =
        [
            Diagnostic.Error(CaseCodes.GeenKinderen, "at least one child is required", new SourceLocation("zaak.json")),
            Diagnostic.Error(TemplateDiagnosticCodes.UnknownPath, "unknown name", new SourceLocation("brief.sbn-md")),
        ];

        Assert.Equal(1, DiagnosticsOutput.ExitCodeFor(diagnostics));
    }

    private static int ExitCodeOf(DiagnosticCode code) =>
        DiagnosticsOutput.ExitCodeFor([Diagnostic.Error(code, "a problem", new SourceLocation(null))]);

    private static IEnumerable<string> TableRowCodes() => TableRowCode().Matches(Documentation).Select(m => m.Groups[1].Value);

    /// <summary>
    /// The range table: <c>| SMI8xxx, SMI90xx | `Catalogue` | what | 1 failure |</c>, where x is any digit and the exit
    /// code is the first digit of the last cell.
    /// </summary>
    private static List<(IReadOnlyList<Regex> Patterns, DiagnosticOrigin Origin, int ExitCode)> RangeTable() =>
        RangeRow().Matches(Documentation)
            .Select(m => (
                (IReadOnlyList<Regex>)m.Groups["ranges"].Value.Split(", ").Select(r => new Regex("^" + r.Replace("x", "\\d") + "$")).ToList(),
                Enum.Parse<DiagnosticOrigin>(m.Groups["origin"].Value),
                int.Parse(m.Groups["exit"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    private static bool IsBuildOutput(string file) =>
        file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    [GeneratedRegex(@"^\| `?((?:SMI|PDF)\d+)`? \|", RegexOptions.Multiline)]
    private static partial Regex TableRowCode();

    [GeneratedRegex(@"`((?:SMI|PDF)\d+)`")]
    private static partial Regex CodeSpan();

    // A code in a string, also one built by interpolation ($"SMI{n}"), in any file of src/.
    [GeneratedRegex(@"""(SMI|PDF)(\d|\{)")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex(@"^\| (?<ranges>(?:SMI|PDF)[0-9x]+(?:, (?:SMI|PDF)[0-9x]+)*) \| `(?<origin>\w+)` \| .* \| (?<exit>[012])\b[^|]* \|$", RegexOptions.Multiline)]
    private static partial Regex RangeRow();
}
