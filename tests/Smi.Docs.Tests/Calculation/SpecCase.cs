using System.Globalization;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Input;
using Smi.Docs.Policy;
using YamlDotNet.RepresentationModel;

namespace Smi.Docs.Tests.Calculation;

/// <summary>
/// One worked example from a spec file in <c>Specs/</c>. The <c>beleid</c> block is read by the real
/// profile reader, so the examples use exactly the keys a policy officer writes in a profile.
/// </summary>
public sealed record SpecCase(string Bestand, string Naam, SmiCase Zaak, Beleid Beleid, IReadOnlyList<YamlMappingNode> Verwacht, string? Fout)
{
    public override string ToString() => $"{Bestand}: {Naam}";

    public static IEnumerable<SpecCase> Lees(string pad)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(pad)));
        var gevallen = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["gevallen"];
        foreach (YamlMappingNode geval in gevallen)
        {
            // 'profiel: beemster' checks the shipped example profile itself; else 'beleid' holds the eigenBijdrage keys.
            var profiel = Tekst(geval, "profiel") is { } id ? ProfileReader.Load(Path.Combine(TestPaths.Root, "examples", "profiles", id + ".yaml")) : null;
            var context = new InputContext(pad, ProfileCodes.Input);
            var eigenBijdrage = profiel?.Beleid.EigenBijdrage ?? InputObject.Read(YamlInputNode.Root(geval["beleid"]), context, EigenBijdrageReader.Read);
            context.Diagnostics.ThrowIfErrors();
            // beleid.voorlopigeTabellen sits next to eigenBijdrage in a profile; a spec writes it next to 'beleid'.
            eigenBijdrage = eigenBijdrage with { VoorlopigeTabellen = Tekst(geval, "voorlopigeTabellen") == "ja" };
            var periode = (YamlSequenceNode)geval["periode"];
            var kinderen = ((YamlSequenceNode)geval["kinderen"]).Cast<YamlMappingNode>().Select(Kind).ToList();
            var zaak = new SmiCase(
                "SPEC", Datum(periode[0]), Datum(periode[0]), Datum(periode[0]),
                new Persoon("A.", null, "Ouder", Aanhef.Neutraal),
                Tekst(geval, "partner") == "ja" ? new Persoon("B.", null, "Partner", Aanhef.Neutraal) : null,
                new Adres("Straat", "1", "1234 AB", "Plaats"),
                kinderen,
                new Periode(Datum(periode[0]), Datum(periode[1])),
                new Indicatie("reden", null, []),
                new Betaling(Betaalontvanger.Opvang, null),
                new Behandelaar("B.", "1", "b@example.nl"),
                Getal(geval, "inkomen"),
                null,
                null) { SourceFile = Path.GetFileName(pad) };
            var beleid = profiel?.Beleid ?? new Beleid(2, 6, 6, null, 6, (int)(Getal(geval, "maximumUrenPerMaandPerKind") ?? 230), 8, 14, true, null, eigenBijdrage);
            var verwacht = geval.Children.ContainsKey("verwacht") ? ((YamlSequenceNode)geval["verwacht"]).Cast<YamlMappingNode>().ToList() : [];
            yield return new SpecCase(Path.GetFileName(pad), Tekst(geval, "naam")!, zaak, beleid, verwacht, Tekst(geval, "fout"));
        }
    }

    public static string? Tekst(YamlMappingNode node, string sleutel) =>
        node.Children.TryGetValue(new YamlScalarNode(sleutel), out var waarde) ? ((YamlScalarNode)waarde).Value : null;

    public static decimal? Getal(YamlMappingNode node, string sleutel) =>
        Tekst(node, sleutel) is { } tekst ? decimal.Parse(tekst, CultureInfo.InvariantCulture) : null;

    private static Kind Kind(YamlMappingNode k) => new(
        Tekst(k, "naam")!, null, "Kind", new DateOnly(2022, 1, 1),
        new Opvang(
            Tekst(k, "soort") switch { "dagopvang" => Opvangsoort.Dagopvang, "bso" => Opvangsoort.Bso, _ => Opvangsoort.Gastouderopvang },
            "Opvang", "123456789",
            Getal(k, "dagenPerWeek")!.Value, Getal(k, "urenPerWeek")!.Value, Getal(k, "urenPerMaand")!.Value, Getal(k, "uurprijs")!.Value, "1 maand"));

    private static DateOnly Datum(YamlNode node) => DateOnly.ParseExact(((YamlScalarNode)node).Value!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
