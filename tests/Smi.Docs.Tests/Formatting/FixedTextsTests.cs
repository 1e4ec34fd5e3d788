using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;

namespace Smi.Docs.Tests.Formatting;

public sealed class FixedTextsTests
{
    private static readonly FixedTexts Texts = FixedTexts.Parse(
        "zin:\n  gewoon: \"Voor {kind} betalen wij {percentage}.\"\n  gestippeld: \"Gemeente {gemeente.naam}\"\n  letterlijk: \"{{kind}} en { kind } en {1} blijven staan, {kind} niet\"\n",
        "teksten.yaml");

    [Fact]
    public void Format_fills_in_each_placeholder()
    {
        Assert.Equal("Voor Sam betalen wij 96%.", Texts.Format("zin.gewoon", ("percentage", "96%"), ("kind", "Sam")));
    }

    [Fact]
    public void A_placeholder_the_caller_does_not_fill_in_is_an_error_also_when_it_is_dotted()
    {
        var error = Assert.Single(Assert.Throws<SmiDocsException>(() => Texts.Format("zin.gestippeld", ("gemeente", "Utrecht"))).Diagnostics);

        Assert.Equal(TemplateDiagnosticCodes.FixedTextUnknownPlaceholder.Id, error.Code);
        Assert.Contains("{gemeente.naam} that is not filled in here; allowed: {gemeente}", error.Message);
    }

    [Fact]
    public void Braces_outside_the_placeholder_grammar_are_printed_as_written()
    {
        Assert.Equal("{{kind}} en { kind } en {1} blijven staan, Sam niet", Texts.Format("zin.letterlijk", ("kind", "Sam")));
    }
}
