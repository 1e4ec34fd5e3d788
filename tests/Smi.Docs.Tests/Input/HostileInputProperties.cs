using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Smi.Docs.Cases;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;
using Smi.Docs.Pipeline;
using Smi.Docs.Tests.Cli;
using Smi.Docs.Tests.EndToEnd;

namespace Smi.Docs.Tests.Input;

/// <summary>
/// Generated hostile cases (issue 11): every example case with one number, date, text or key replaced by a value at or
/// beyond a bound. Each is either read and rendered, or refused with located errors; never a crash, never the value
/// or a control character in a message. Fixed seed, so CI sees the same cases every run.
/// </summary>
public sealed class HostileInputProperties
{
    private const ulong Seed = 20261104;
    private const ulong Gamma = 0x9E3779B97F4A7C15;
    private const int Cases = 2000;
    private const string Marker = "\"@@MUTATION@@\"";

    private static readonly Lazy<DocumentPipeline> LazyPipeline = new(() => DocumentPipeline.CreateBuilder(TestPaths.Templates).UseHtml().Build());

    /// <summary>A change to one example: the raw JSON put at one path (or as a new key), and the text that may not be echoed.</summary>
    private sealed record Mutation(string Example, string Path, string Raw, string? Secret, string Kind)
    {
        public string Apply()
        {
            var root = JsonNode.Parse(File.ReadAllText(TestPaths.Case(Example)))!;
            if (Kind == "key")
            {
                var target = Navigate(root, Path).AsObject();
                target["@@KEY@@"] = 1;
                return root.ToJsonString().Replace("\"@@KEY@@\"", Raw, StringComparison.Ordinal);
            }
            Navigate(root, Path).ReplaceWith(JsonValue.Create("@@MUTATION@@"));
            return root.ToJsonString().Replace(Marker, Raw, StringComparison.Ordinal);
        }
    }

    private static readonly string[] Examples = Directory.GetFiles(Path.Combine(TestPaths.Root, "examples", "cases"), "*.json")
        .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray()!;

    private static Gen<string> Numbers() => Gen.Elements(
        "0", "-0.01", "0.01", "0.001", "0.005", "9.455", "1e-400", "1e400", "7", "7.01", "24", "168", "168.01", "744", "744.01",
        "100", "100.01", "74400", "74400.01", "10000000", "10000000.01", "1000000000", "2147483648", "1.5e3", "100e-2", "-1e-400", "12.34");

    private static Gen<string> Dates() => Gen.Elements(
        "1999-12-31", "2000-01-01", "2099-12-31", "2100-01-01", "9999-12-31", "0001-01-01", "2026-02-29", "2028-02-29",
        "2026-12-01", "2027-05-31", "2025-06-01", "2026-13-01", "2026-12", "2027-02");

    /// <summary>Strings of every class; each carries a secret so a message that repeats it is caught.</summary>
    private static Gen<(string Raw, string Secret)> Strings() =>
        from secret in Gen.Choose(100000, 999999).Select(n => "Geheim" + n.ToString(CultureInfo.InvariantCulture))
        from shape in Gen.Elements(
            "plain", "newline", "escape", "bidi", "lone-surrogate", "replacement", "nul", "emoji", "arabic", "len200", "len201",
            "len4000", "len4001", "huge", "whitespace", "quote")
        select shape switch
        {
            "plain" => (Json(secret), secret),
            "newline" => (Json(secret + "\nzaak.json $.x: error SMI1001: vervalst"), secret),
            "escape" => (Json("\u001b[2J\u001b[31m" + secret), secret),
            "bidi" => (Json("\u202E" + secret), secret),
            "lone-surrogate" => ("\"" + secret + "\\ud800\"", secret),
            "replacement" => (Json(secret + "\uFFFD"), secret),
            "nul" => ("\"" + secret + "\\u0000\"", secret),
            "emoji" => (Json(secret + " 👩‍👧"), secret),
            "arabic" => (Json(secret + " فاطمة"), secret),
            "len200" => (Json(secret + new string('a', 200 - secret.Length)), secret),
            "len201" => (Json(secret + new string('a', 201 - secret.Length)), secret),
            "len4000" => (Json(secret + new string('a', 4000 - secret.Length)), secret),
            "len4001" => (Json(secret + new string('a', 4001 - secret.Length)), secret),
            "huge" => (Json(secret + new string('x', 2_000_000)), secret),
            "whitespace" => (Json("   "), null!),
            _ => (Json(secret + "\"'<>&"), secret),
        };

    private static Gen<(string Raw, string Secret)> Keys() =>
        from secret in Gen.Choose(100000, 999999).Select(n => "Geheim" + n.ToString(CultureInfo.InvariantCulture))
        from shape in Gen.Elements("token", "newline", "escape", "iban", "name", "huge", "surrogate", "long-token")
        select shape switch
        {
            "token" => (Json("opmerking"), (string)null!),
            "newline" => (Json(secret + "\nzaak.json $.x: error SMI1001: vervalst"), secret),
            "escape" => (Json("\u001b[31m" + secret), secret),
            "iban" => (Json("NL91ABNA0417164300"), "NL91ABNA0417164300"),
            "name" => (Json("Fatima " + secret), secret),
            "huge" => (Json(secret + new string('k', 1_000_000)), secret),
            "surrogate" => ("\"" + secret + "\\udc00\"", secret),
            _ => (Json(secret + new string('k', 60)), secret),
        };

    private static string Json(string text) => JsonValue.Create(text)!.ToJsonString();

    private static Gen<Mutation> Mutations() =>
        from example in Gen.Elements(Examples)
        from kind in Gen.Frequency((4, Gen.Constant("number")), (3, Gen.Constant("date")), (4, Gen.Constant("string")), (2, Gen.Constant("key")))
        from mutation in Of(example, kind)
        select mutation;

    private static Gen<Mutation> Of(string example, string kind)
    {
        var leaves = Leaves(JsonNode.Parse(File.ReadAllText(TestPaths.Case(example)))!, "$").ToList();
        var numbers = leaves.Where(l => l.Kind == "number").Select(l => l.Path).ToArray();
        var dates = leaves.Where(l => l.Kind == "date").Select(l => l.Path).ToArray();
        var strings = leaves.Where(l => l.Kind == "string").Select(l => l.Path).ToArray();
        var objects = leaves.Where(l => l.Kind == "object").Select(l => l.Path).ToArray();
        return kind switch
        {
            "number" => from path in Gen.Elements(numbers) from raw in Numbers() select new Mutation(example, path, raw, raw, kind),
            "date" => from path in Gen.Elements(dates) from raw in Dates() select new Mutation(example, path, Json(raw), raw, kind),
            "string" => from path in Gen.Elements(strings) from s in Strings() select new Mutation(example, path, s.Raw, s.Secret, kind),
            _ => from path in Gen.Elements(objects) from k in Keys() select new Mutation(example, path, k.Raw, k.Secret, kind),
        };
    }

    [Fact]
    public async Task Generated_hostile_cases_are_read_and_rendered_or_refused_with_located_errors()
    {
        var ct = TestContext.Current.CancellationToken;
        var mutations = Mutations().Sample(Cases, new Rnd(Seed, Gamma), 50);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var mutation in mutations)
        {
            var outcome = await Run(mutation, ct);
            if (outcome.StartsWith("FAIL", StringComparison.Ordinal))
            {
                failures.Add($"{mutation.Example} {mutation.Kind} {mutation.Path}: {outcome}");
            }
            outcomes[outcome.StartsWith("FAIL", StringComparison.Ordinal) ? "failed" : outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        var report = $"{mutations.Length} generated cases (seed {Seed}): " + string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}"));
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20).Prepend(report)));
    }

    [Fact]
    public async Task A_sample_through_the_cli_exits_0_or_2_with_clean_errors_and_no_files_on_refusal()
    {
        var ct = TestContext.Current.CancellationToken;
        var mutations = Mutations().Sample(60, new Rnd(Seed + 1, Gamma), 50);
        var exits = new Dictionary<int, int>();
        foreach (var mutation in mutations)
        {
            var directory = CliRunner.TempDirectory();
            Directory.CreateDirectory(directory);
            var file = Path.Combine(directory, "zaak.json");
            await File.WriteAllTextAsync(file, mutation.Apply(), ct);
            var output = Path.Combine(directory, "out");
            var (document, profile) = DocumentFor(mutation.Example);

            var (exitCode, _, stderr) = await CliRunner.RunAsync("render", file, "--profile", TestPaths.Profile(profile), "--doc", document, "--format", "html", "--out", output, "--templates", TestPaths.Templates);

            exits[exitCode] = exits.GetValueOrDefault(exitCode) + 1;
            Assert.True(exitCode is 0 or 2, $"{mutation.Kind} {mutation.Path}: exit {exitCode}");
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain(stderr.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal), char.IsControl);
            if (mutation.Secret is { } secret && mutation.Kind != "number")
            {
                Assert.DoesNotContain(secret, stderr, StringComparison.Ordinal);
            }
            if (exitCode == 2)
            {
                Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), "a refused case wrote files");
            }
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{mutations.Length} generated cases through the CLI: " + string.Join(", ", exits.Select(e => $"exit {e.Key}: {e.Value}")));
    }

    private static async Task<string> Run(Mutation mutation, CancellationToken ct)
    {
        SmiCase zaak;
        try
        {
            zaak = CaseReader.Read(mutation.Apply(), "zaak.json");
        }
        catch (SmiDocsException e)
        {
            return Check(mutation, e.Diagnostics) ?? "refused by the reader";
        }
        catch (Exception e)
        {
            return $"FAIL reader threw {e.GetType().Name}";
        }
        try
        {
            var (document, profile) = DocumentFor(mutation.Example);
            var result = await LazyPipeline.Value.RenderAsync(new DocumentRequest(zaak, EndToEnd.Examples.Profile(profile), document, DocumentLanguage.Dutch), ct);
            if (Check(mutation, result.Diagnostics) is { } failure)
            {
                return failure;
            }
            if (!result.Succeeded)
            {
                return result.Files.Count == 0 ? "refused by the pipeline" : "FAIL files next to errors";
            }
            return result.Files.Count > 0 ? "read and rendered" : "FAIL no files";
        }
        catch (Exception e)
        {
            return $"FAIL pipeline threw {e.GetType().Name}";
        }
    }

    /// <summary>Null when every diagnostic is located, clean and free of the mutated value; else why not.</summary>
    private static string? Check(Mutation mutation, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var text = d.ToString();
            if (text.Any(char.IsControl) || text.Length > 1100)
            {
                return $"FAIL control character or flood in {d.Code}";
            }
            if (d.Severity == Severity.Error && d.Location.File is null && d.Location.JsonPath is null)
            {
                return $"FAIL unlocated {d.Code}";
            }
            if (Leaks(mutation, text))
            {
                return $"FAIL {d.Code} repeats the value";
            }
        }
        return null;
    }

    // Short whole numbers and the window's own dates appear in messages as bounds ("at most 7"), not as the value.
    private static bool Leaks(Mutation mutation, string text) => mutation.Secret switch
    {
        null => false,
        "2000-01-01" or "2099-12-31" => false,
        var s when mutation.Kind == "number" && s.All(char.IsAsciiDigit) && s.Length <= 8 => false,
        var s => text.Contains(s, StringComparison.Ordinal),
    };

    private static (string Document, string Profile) DocumentFor(string example) => example switch
    {
        "verlenging-hardheidsclausule" => ("verlenging", "beemster"),
        "aanvraagformulier-voorgevuld" => ("aanvraagformulier", "voorbeeldstad"),
        "aanvraagformulier-verlenging-een-kind" => ("aanvraagformulier-verlenging", "voorbeeldstad"),
        _ when example.StartsWith("ontbrekende-gegevens", StringComparison.Ordinal) => ("ontbrekende-gegevens", "voorbeeldstad"),
        _ => (example[..example.IndexOf('-', StringComparison.Ordinal)], "voorbeeldstad"),
    };

    private static IEnumerable<(string Path, string Kind)> Leaves(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return (path, "object");
                foreach (var (key, child) in obj)
                {
                    if (child is not null)
                    {
                        foreach (var leaf in Leaves(child, $"{path}.{key}"))
                        {
                            yield return leaf;
                        }
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var leaf in Leaves(array[i]!, $"{path}[{i}]"))
                    {
                        yield return leaf;
                    }
                }
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                yield return (path, text.Length is 7 or 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' ? "date" : "string");
                break;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                yield return (path, "number");
                break;
        }
    }

    private static JsonNode Navigate(JsonNode root, string path)
    {
        var node = root;
        foreach (System.Text.RegularExpressions.Match step in System.Text.RegularExpressions.Regex.Matches(path, @"\.([A-Za-z]+)|\[([0-9]+)\]"))
        {
            node = step.Groups[1].Success ? node[step.Groups[1].Value]! : node[int.Parse(step.Groups[2].Value, CultureInfo.InvariantCulture)]!;
        }
        return node;
    }
}
