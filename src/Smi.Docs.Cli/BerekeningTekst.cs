using System.Text;
using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Formatting;

namespace Smi.Docs.Cli;

/// <summary>The readable table <c>smi-docs bereken</c> prints: one line per child per month, totals, deadlines, explanation.</summary>
internal static class BerekeningTekst
{
    private static readonly ValueFormatter Nl = ValueFormatter.Dutch;

    public static string Maak(Berekeningsuitkomst u, TermijnenUitkomst t)
    {
        var s = new StringBuilder();
        // Each month has its table year (tabeljaar: maand); a period across a year names both.
        var jaren = string.Join(" en ", u.Kinderen.SelectMany(k => k.Maanden).Select(m => m.TabelJaar).Append(u.Jaar).Distinct().Order());
        s.AppendLine($"Methode {Policy.EigenBijdrageMethodeNamen.Naam(u.Methode)}, tabellen {jaren}, toetsingsinkomen {Bedrag(u.Toetsingsinkomen)}");
        s.AppendLine();
        s.AppendLine($"{"kind",-18} {"maand",-8} {"uren",7} {"vergoed",7} {"uurprijs",9} {"maximum",9} {"wij rekenen",11} {"%/bijdr.",9} {"kosten",10} {"gemeente",10} {"ouder",10}");
        foreach (var kind in u.Kinderen)
        {
            var naam = $"{kind.Nummer}. {kind.Voornaam}{(kind.EersteKind ? " (1e)" : "")}";
            foreach (var m in kind.Maanden)
            {
                var aandeel = m.Percentage is { } p ? Nl.Percentage(p) : Bedrag(m.BijdragePerUur ?? 0) + "/u";
                // A month the period only partly covers says so after its line: "(25/31 dagen)".
                var deel = m.HeleMaand ? "" : $"  ({m.Dagen}/{m.DagenInMaand} dagen)";
                s.AppendLine($"{naam,-18} {m.Jaar:0000}-{m.Maand:00}  {Nl.Number(m.UrenAfgenomen),7} {Nl.Number(m.UrenVergoed),7} {Bedrag(m.Uurprijs),9} {Bedrag(m.MaximumUurprijs),9} {Bedrag(m.VergoedeUurprijs),11} {aandeel,9} {Bedrag(m.Kosten),10} {Bedrag(m.Gemeente),10} {Bedrag(m.Ouder),10}{deel}");
            }
            s.AppendLine($"{"",-18} {"totaal",-8} {"",7} {"",7} {"",9} {"",9} {"",11} {"",9} {"",10} {Bedrag(kind.TotaalGemeente),10} {Bedrag(kind.TotaalOuder),10}");
        }
        s.AppendLine($"Totaal: gemeente {Bedrag(u.TotaalGemeente)}, ouder {Bedrag(u.TotaalOuder)}");
        s.AppendLine();
        s.AppendLine("Termijnen");
        Regel(s, "hersteltermijn", t.Hersteltermijn);
        Regel(s, "beslistermijn", t.Beslistermijn);
        if (t.BeslistermijnNaVerdaging is { } verdaagd)
        {
            Regel(s, "na verdaging", verdaagd);
        }
        Regel(s, "einde bezwaartermijn", t.EindeBezwaartermijn);
        if (t.VerlengingAanvragenVoor is { } verlenging)
        {
            Regel(s, "verlenging aanvragen uiterlijk", verlenging);
        }
        if (t.EindeToekenning is { } einde)
        {
            s.AppendLine($"  {"einde toekenning",-26} {einde:yyyy-MM-dd}");
        }
        s.AppendLine();
        s.AppendLine("Uitleg");
        foreach (var zin in u.Uitleg)
        {
            s.AppendLine($"  {zin.Schrijf(Formatting.FixedTexts.Dutch, Nl)}");
        }
        return s.ToString().Replace('\u00A0', ' ');
    }

    private static string Bedrag(decimal bedrag) => Nl.Money(bedrag);

    private static void Regel(StringBuilder s, string naam, Termijn termijn) =>
        s.AppendLine($"  {naam,-26} {termijn.Einde:yyyy-MM-dd}{(termijn.Verschoven ? $" (berekend {termijn.Berekend:yyyy-MM-dd}; {termijn.Reden})" : "")}");
}
