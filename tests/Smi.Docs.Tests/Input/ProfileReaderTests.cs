using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;
using static Smi.Docs.Tests.Input.ProfileInput;

namespace Smi.Docs.Tests.Input;

/// <summary>One test per kind of bad profile YAML, each asserting the code, line, column and key path.</summary>
public sealed class ProfileReaderTests
{
    [Fact]
    public void Malformed_yaml_is_located_by_line_and_column()
    {
        var yaml = Replaced("  website: https://www.voorbeeldstad.nl\n", "  website: https://www.voorbeeldstad.nl\n   logo: x.png\n");

        var error = Assert.Single(Errors(yaml));

        Assert.Equal("SMI2001", error.Code);
        // YamlDotNet points at the colon that makes the over-indented line a mapping.
        Assert.Equal(Position(yaml, ": x.png"), (error.Location.Line, error.Location.Column));
        Assert.StartsWith("malformed YAML: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_flow_list_is_reported_not_thrown()
    {
        // YamlDotNet 16.3 throws InvalidOperationException here instead of a YamlException.
        var yaml = Replaced("  telefoon: 14 099", "  telefoon: [14 099, 14 098");

        var error = Assert.Single(Errors(yaml));

        Assert.Equal("SMI2001", error.Code);
        Assert.Equal(Position(yaml, "14 099, 14 098"), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Empty_profile_is_reported()
    {
        Assert.Equal([("SMI2001", 1, 1, null)], Found(""));
    }

    [Fact]
    public void Missing_key_is_reported_at_its_mapping_with_its_path()
    {
        // A block mapping starts at its first key: that is where the missing key belongs.
        var yaml = Replaced("  beslistermijnWeken: 8                     # Awb 4:13\n", "");
        var (line, column) = Position(yaml, "basisaanbodDagenPerWeek:");

        Assert.Equal([("SMI2002", line, column, "beleid.beslistermijnWeken")], Found(yaml));
    }

    [Theory]
    [InlineData("  basisaanbodMaanden: 6 ", "  basisaanbodMaanden: zes ", "zes", "beleid.basisaanbodMaanden")]
    [InlineData("  beslistermijnWeken: 8 ", "  beslistermijnWeken: 8.5 ", "8.5", "beleid.beslistermijnWeken")]
    [InlineData("  inzetVoorHerstel: true", "  inzetVoorHerstel: ja", "ja", "beleid.inzetVoorHerstel")]
    [InlineData("  telefoon: 14 099", "  telefoon: [14 099]", "[14 099]", "gemeente.telefoon")]
    public void Wrong_type_is_reported_at_the_value(string line, string replacement, string value, string path)
    {
        var yaml = Replaced(line, replacement);
        var (l, c) = Position(yaml, replacement.TrimEnd());
        var column = c + replacement.IndexOf(value, StringComparison.Ordinal);

        Assert.Equal([("SMI2003", l, column, path)], Found(yaml));
    }

    [Fact]
    public void Unknown_key_is_reported_at_the_key_with_the_nearest_known_one()
    {
        var yaml = Replaced("  hardheidsclausule:", "  hardheidclausule:");
        var (line, column) = Position(yaml, "hardheidclausule");

        var error = Assert.Single(Errors(yaml));

        Assert.Equal(("SMI2004", line, column, "regeling.hardheidclausule"), (error.Code, error.Location.Line, error.Location.Column, error.Location.JsonPath));
        Assert.Equal("unknown key 'hardheidclausule'; did you mean 'hardheidsclausule'?", error.Message);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_one()
    {
        var yaml = Replaced("  hersteltermijnDagen: 14 ", "  hersteltermijnDagen: 10\n  hersteltermijnDagen: 14 ");

        var error = Assert.Single(Errors(yaml));

        Assert.Equal(("SMI2005", Position(yaml, "  hersteltermijnDagen: 14").Line), (error.Code, error.Location.Line));
    }

    [Fact]
    public void Negative_number_is_reported()
    {
        var yaml = Replaced("  hersteltermijnDagen: 14 ", "  hersteltermijnDagen: -14 ");
        var (line, column) = Position(yaml, "-14");

        Assert.Equal([("SMI2009", line, column, "beleid.hersteltermijnDagen")], Found(yaml));
    }

    [Fact]
    public void Number_above_its_maximum_is_reported()
    {
        var yaml = Replaced("  basisaanbodDagenPerWeek: 2 ", "  basisaanbodDagenPerWeek: 8 ");
        var (line, column) = Position(yaml, "8 ");

        Assert.Equal([("SMI2010", line, column, "beleid.basisaanbodDagenPerWeek")], Found(yaml));
    }

    [Fact]
    public void Logo_that_does_not_exist_next_to_the_profile_is_reported()
    {
        var yaml = Replaced("  logo: voorbeeldstad-logo.png", "  logo: logo-ontbreekt.png");
        var (line, column) = Position(yaml, "logo-ontbreekt.png");

        Assert.Equal([("SMI2011", line, column, "gemeente.logo")], Found(yaml));
    }

    [Fact]
    public void Profile_file_that_does_not_exist_is_reported()
    {
        var path = Path.Combine(Path.GetTempPath(), "bestaat-niet", "gemeente.yaml");

        var error = Assert.Single(Assert.Throws<SmiDocsException>(() => ProfileReader.Load(path)).Diagnostics);

        Assert.Equal(("SMI2012", path), (error.Code, error.Location.File));
    }

    [Fact]
    public void Several_problems_in_one_profile_are_reported_at_once()
    {
        var yaml = Example
            .Replace("  email: smi@voorbeeldstad.nl\n", "", StringComparison.Ordinal)
            .Replace("  functie: teamleider", "  functei: teamleider", StringComparison.Ordinal)
            .Replace("  verlengingMaanden: 6 ", "  verlengingMaanden: -6 ", StringComparison.Ordinal)
            .Replace("  logo: voorbeeldstad-logo.png", "  logo: weg.png", StringComparison.Ordinal);

        Assert.Equal(
            ["gemeente.logo SMI2011", "gemeente.email SMI2002", "ondertekening.functie SMI2002", "ondertekening.functei SMI2004", "beleid.verlengingMaanden SMI2009"],
            Errors(yaml).Select(d => $"{d.Location.JsonPath} {d.Code}"));
    }

    [Fact]
    public void Diagnostic_prints_file_line_column_and_path()
    {
        var yaml = Replaced("  hersteltermijnDagen: 14 ", "  hersteltermijnDagen: -14 ");
        var (line, column) = Position(yaml, "-14");

        var error = Assert.Single(Errors(yaml));

        Assert.Equal($"{FilePath}({line},{column}) beleid.hersteltermijnDagen: error SMI2009: must not be negative", error.ToString());
    }
}
