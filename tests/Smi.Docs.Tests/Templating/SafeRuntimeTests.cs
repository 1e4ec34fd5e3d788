using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;
using Smi.Docs.Templating;

namespace Smi.Docs.Tests.Templating;

/// <summary>
/// The payloads of the 2026 Scriban advisories and the runtime's limits. Each payload is refused by the checker with a
/// location and, rendered past the checker, ends in a located diagnostic: never a crash, a stack overflow or a large
/// allocation.
/// </summary>
public sealed class SafeRuntimeTests
{
    /// <summary>A record that can point back to itself.</summary>
    private sealed record Knoop(string Naam, IReadOnlyList<int> Getallen)
    {
        public Knoop? Zelf { get; set; }
    }

    private static Knoop Kring(int getallen = 3)
    {
        var knoop = new Knoop("a", Enumerable.Range(0, getallen).ToList());
        knoop.Zelf = knoop;
        return knoop;
    }

    private static IReadOnlyList<Diagnostic> Check(string template, IReadOnlyDictionary<string, TemplateSource>? partials = null) =>
        new TemplateChecker(DocumentLanguage.Dutch).Check(TemplateSource.Parse(template, TemplateRun.FileName), typeof(Knoop),
            partials ?? new Dictionary<string, TemplateSource>());

    private static void AssertRefusedTwice(string template, string checkerCode, string checkerAt, string runtimeCode, string runtimeAt,
        IReadOnlyDictionary<string, TemplateSource>? partials = null)
    {
        var found = Assert.Single(Check(template, partials), d => d.Code == checkerCode);
        Assert.Equal(checkerAt, found.Location.ToString());

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var failed = TemplateRun.Fails(template, Kring(), partials);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 20_000_000, "the payload allocated more than 20 MB");
        Assert.Equal(runtimeCode, failed.Code);
        Assert.Equal(runtimeAt, failed.Location.ToString());
    }

    [Fact]
    public void A_range_piped_into_a_built_in_is_refused() =>
        AssertRefusedTwice("{{ 1..1000000 | array.size }}", "SMI3015", "brief.sbn-md(1,4)-(1,26)", "SMI3201", "brief.sbn-md(1,17)-(1,21)");

    [Fact]
    public void String_repetition_is_refused() =>
        AssertRefusedTwice("{{ 'A' * 200000000 }}", "SMI3015", "brief.sbn-md(1,4)-(1,18)", "SMI3201", "brief.sbn-md(1,10)-(1,18)");

    [Fact]
    public void Eight_kilobytes_of_parentheses_stop_at_the_parser()
    {
        var nest = new string('(', 4096) + "naam" + new string(')', 4096);
        AssertRefusedTwice("{{ " + nest + " }}", "SMI3001", "brief.sbn-md(1,66)-(1,66)", "SMI3001", "brief.sbn-md(1,66)-(1,66)");
    }

    [Fact]
    public void A_path_thousands_of_names_deep_stops_at_the_parser()
    {
        var path = "zelf" + string.Concat(Enumerable.Repeat(".zelf", 2000)) + ".naam";
        AssertRefusedTwice("{{ " + path + " }}", "SMI3001", "brief.sbn-md(1,314)-(1,317)", "SMI3001", "brief.sbn-md(1,314)-(1,317)");
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_recursion_limit()
    {
        var partials = new Dictionary<string, TemplateSource> { ["a"] = TemplateSource.Parse("x{{ include 'a' }}", "partials/a.sbn-md") };
        AssertRefusedTwice("{{ include 'a' }}", "SMI3014", "partials/a.sbn-md(1,5)-(1,15)", "SMI3201", "partials/a.sbn-md(1,5)-(1,15)", partials);
    }

    [Fact]
    public void A_record_that_points_back_to_itself_is_never_printed() =>
        AssertRefusedTwice("{{ zelf }}", "SMI3016", "brief.sbn-md(1,4)-(1,7)", "SMI3201", "brief.sbn-md(1,1)-(1,10)");

    [Fact]
    public void A_record_that_points_back_to_itself_can_be_walked_by_name()
    {
        Assert.Empty(Check("{{ zelf.zelf.zelf.zelf.naam }}"));
        Assert.Equal("a", TemplateRun.Render("{{ zelf.zelf.zelf.zelf.naam }}", Kring()));
    }

    [Fact]
    public void The_loop_limit_stops_a_list_longer_than_any_letter_needs()
    {
        const string template = "{{ for g in getallen }}{{ end }}";
        Assert.Empty(Check(template));
        var failed = TemplateRun.Fails(template, Kring(SafeTemplateContext.MaximumLoopIterations + 1));
        Assert.Equal("brief.sbn-md(1,4)-(1,29): error SMI3201: template failed while rendering: Exceeding number of iteration limit `10000` for loop statement.", failed.ToString());
    }

    [Fact]
    public void The_output_limit_stops_a_letter_longer_than_two_million_characters()
    {
        var template = "{{ for g in getallen }}" + new string('x', 250) + "{{ end }}";
        Assert.Empty(Check(template));
        var failed = TemplateRun.Fails(template, Kring(SafeTemplateContext.MaximumLoopIterations));
        Assert.Equal("SMI3201", failed.Code);
        Assert.Contains("output", failed.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_render_past_its_time_out_is_stopped_and_says_so()
    {
        var failed = TemplateRun.Fails("{{ for g in getallen }}{{ g }}{{ end }}", Kring(1000), timeout: TimeSpan.Zero);
        Assert.Equal("brief.sbn-md(1,1)-(1,39): error SMI3202: template did not finish within 0 s", failed.ToString());
    }

    [Theory]
    [InlineData("{{ zelf.get_type }}", "get_type", "(1,9)-(1,16)")]
    [InlineData("{{ zelf.getType }}", "getType", "(1,9)-(1,15)")]
    [InlineData("{{ zelf.toString }}", "toString", "(1,9)-(1,16)")]
    [InlineData("{{ zelf.equalityContract }}", "equalityContract", "(1,9)-(1,24)")]
    [InlineData("{{ zelf.printMembers }}", "printMembers", "(1,9)-(1,20)")]
    public void Only_properties_are_reachable_never_methods(string template, string member, string memberAt)
    {
        var d = Assert.Single(Check(template));
        Assert.Equal($"'zelf.{member}': 'zelf' (Knoop) has no field '{member}'", d.Message);
        Assert.Equal($"brief.sbn-md{memberAt}: error SMI3201: template failed while rendering: Cannot get member with name {member}.",
            TemplateRun.Fails(template, Kring()).ToString());
    }
}
