using System.Text.Json.Nodes;
using static Smi.Docs.Tests.Input.CaseInput;

namespace Smi.Docs.Tests.Input;

/// <summary>Case data is personal and may be medical (docs/architecture.md §3): a diagnostic never repeats a value.</summary>
public sealed class DiagnosticPrivacyTests
{
    private const string Secret = "Fatima Zahra Benali";

    [Fact]
    public void No_diagnostic_repeats_the_value_that_caused_it()
    {
        var json = Changed(root =>
        {
            root["besluitdatum"] = Secret;
            root["aanvrager"]!["aanhef"] = Secret;
            root["betaling"]!["iban"] = Secret;
            Opvang(root, 0)["uurprijs"] = Secret;
            Opvang(root, 1)["soort"] = Secret;
            Maand(root, 0, 0)["maand"] = Secret;
            Child(root, 1)["geboortedatum"] = new JsonArray(Secret);
            root["periode"] = Secret;
        });

        var errors = Errors(json);

        Assert.Equal(8, errors.Count);
        Assert.All(errors, e => Assert.DoesNotContain("Fatima", e.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Malformed_json_does_not_quote_the_text_near_the_error()
    {
        // System.Text.Json's own message would quote the unexpected character(s).
        var json = "{ \"reden\": \"U heeft\" Fatima }";

        var error = Assert.Single(Errors(json));

        Assert.Equal("SMI1001", error.Code);
        Assert.DoesNotContain("'F'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Fatima", error.ToString(), StringComparison.Ordinal);
    }
}
