using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Smi.Docs.Composition;
using Smi.Docs.Formatting;

namespace Smi.Docs.Cli;

/// <summary>
/// Makes the cases of <c>smi-docs bench --batch N</c> (issue 14 point 8) from the example cases: every document that
/// takes a case, every language, 1–3 children, with names, incomes, hours and the application date varied. The same
/// N and examples always give the same lines (no clock, no random source: each variation is picked by the item's
/// number), so two runs measure the same work. Only fields the examples already have are changed, within the rules:
/// hours go down (never past the indicated days), an income stays in the profile's range, the application moves a few
/// days earlier (never after the decision), and a case's own berekening is dropped so the calculator computes the
/// varied hours and income (the toetsingsinkomen then stands in the case, as in toekenning-berekend-bso.json).
/// </summary>
internal sealed class BenchCaseGenerator
{
    private static readonly string[] Achternamen = ["Jansen", "de Vries", "Bakker", "Yılmaz", "El Amrani", "Kowalski", "van den Berg", "Kovalenko", "Özdemir", "Visser", "Smit", "Mulder", "Nowak", "de Boer", "Bos", "Haddou"];
    private static readonly string[] Voorletters = ["A.", "B.J.", "C.", "D.M.", "E.", "F.", "H.K.", "I.", "J.", "L.", "M.A.", "N.", "O.", "P.", "R.", "S.T."];
    private static readonly string[] Voornamen = ["Noor", "Sem", "Emma", "Daan", "Julia", "Liam", "Mila", "Lucas", "Yara", "Adam", "Zofia", "Levi", "Elif", "Mohammed", "Tess", "Oleksandr", "Lina", "Finn"];
    private static readonly int[] Inkomens = [21_500, 27_400, 33_800, 38_500, 44_200, 52_900, 61_300, 76_000];
    private static readonly decimal[] UrenFactoren = [1m, 0.9m, 0.8m, 0.75m];

    private readonly IReadOnlyList<(string Document, JsonObject Zaak)> _examples;

    private BenchCaseGenerator(IReadOnlyList<(string Document, JsonObject Zaak)> examples) => _examples = examples;

    /// <summary>How many items hold every example in every language with 1, 2 and 3 children once (<see cref="Case"/>).</summary>
    public int Round => _examples.Count * DocumentLanguage.All.Count * 3;

    /// <summary>The documents the generated cases cover, in example order.</summary>
    public IEnumerable<string> Documents => _examples.Select(e => e.Document).Distinct();

    /// <summary>
    /// Reads the example cases (<c>&lt;document&gt;-….json</c>) of <paramref name="folder"/>. Every document that takes a
    /// case must have one; the documents made from the profile alone (publiekstekst) refuse a case and are left out.
    /// </summary>
    public static BenchCaseGenerator FromExamples(string folder)
    {
        var examples = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(file => (Document: DocumentOf(Path.GetFileNameWithoutExtension(file)), File: file))
            .Where(e => e.Document is not null)
            .Select(e => (e.Document!, JsonNode.Parse(File.ReadAllText(e.File))!.AsObject()))
            .ToList();
        var missing = CaseDocuments.Except(examples.Select(e => e.Item1)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"no example case in {folder} for: {string.Join(", ", missing)}");
        }
        return new BenchCaseGenerator(examples);
    }

    /// <summary>Every document that takes a case (all but those made from the profile alone).</summary>
    public static IEnumerable<string> CaseDocuments => DocumentDefinitions.All.Where(d => d is not ProfileTextDefinition).Select(d => d.Id);

    /// <summary>The document an example file is for: the longest document id its name starts with (aanvraagformulier-verlenging before aanvraagformulier).</summary>
    public static string? DocumentOf(string fileName) =>
        CaseDocuments.Where(id => fileName == id || fileName.StartsWith(id + "-", StringComparison.Ordinal)).MaxBy(id => id.Length);

    /// <summary>Item <paramref name="number"/> as a batch envelope <c>{"document", "taal", "zaak"}</c> on one line.</summary>
    public string Envelope(int number)
    {
        var (document, zaak, language) = Case(number);
        var envelope = new JsonObject { ["document"] = document, ["taal"] = language, ["zaak"] = zaak };
        return envelope.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>
    /// The example cycles fastest, then the language, then the child count, so any run of examples × 6 × 3 items holds
    /// every combination once; names, hours, incomes and dates vary with other strides so they do not repeat in step.
    /// </summary>
    public (string Document, JsonObject Zaak, string Language) Case(int number)
    {
        var (document, example) = _examples[number % _examples.Count];
        var round = number / _examples.Count;
        var language = DocumentLanguage.All[round % DocumentLanguage.All.Count].Code;
        var children = 1 + round / DocumentLanguage.All.Count % 3;

        var zaak = example.DeepClone().AsObject();
        zaak["zaaknummer"] = $"SMI-2026-{100_000 + number}";
        var achternaam = Achternamen[number % Achternamen.Length];
        var aanvrager = zaak["aanvrager"]!.AsObject();
        aanvrager["voorletters"] = Voorletters[number / 3 % Voorletters.Length];
        aanvrager["achternaam"] = achternaam;
        aanvrager.Remove("tussenvoegsel");
        zaak["aanvraagdatum"] = EarlierBy(zaak["aanvraagdatum"]!.GetValue<string>(), number % 4);
        zaak["kinderen"] = Kinderen(zaak["kinderen"]!.AsArray(), children, achternaam, number);
        if (zaak.Remove("berekening", out var berekening))
        {
            zaak["toetsingsinkomen"] = berekening!["toetsingsinkomen"]!.DeepClone();
        }
        if (zaak.ContainsKey("toetsingsinkomen"))
        {
            zaak["toetsingsinkomen"] = Inkomens[number / 3 % Inkomens.Length];
        }
        return (document, zaak, language);
    }

    /// <summary>
    /// The example's children cut or repeated to <paramref name="count"/>: the first ones are kept (a partial grant's
    /// granted child comes first), and an extra child is a copy of a granted one under another name.
    /// </summary>
    private static JsonArray Kinderen(JsonArray example, int count, string achternaam, int number)
    {
        var granted = example.Where(k => k!["afwijzing"] is null).ToList();
        var kinderen = new JsonArray();
        for (var k = 0; k < count; k++)
        {
            var kind = (k < example.Count ? example[k]! : granted[k % granted.Count]!).DeepClone().AsObject();
            kind["voornaam"] = Voornamen[(number + 5 * k) % Voornamen.Length];
            kind["achternaam"] = achternaam;
            kind.Remove("tussenvoegsel");
            if (kind["opvang"] is JsonObject opvang)
            {
                var perWeek = Math.Round(opvang["urenPerWeek"]!.GetValue<decimal>() * UrenFactoren[(number / 11 + k) % UrenFactoren.Length]);
                opvang["urenPerWeek"] = perWeek;
                // The monthly hours the examples use: 52 weeks over 12 months.
                opvang["urenPerMaand"] = Math.Round(perWeek * 52 / 12, 2);
            }
            kinderen.Add(kind);
        }
        return kinderen;
    }

    private static string EarlierBy(string date, int days) =>
        DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
