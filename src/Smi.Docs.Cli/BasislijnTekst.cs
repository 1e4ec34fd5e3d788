using System.Text;
using Smi.Docs.Policy.Basislijn;

namespace Smi.Docs.Cli;

/// <summary>
/// The terminal table <c>smi-docs beleid toets</c> prints: one row per point (number, outcome, subject),
/// then what the basislijn asks and the reason, wrapped at a fixed width so the output is the same everywhere.
/// </summary>
internal static class BasislijnTekst
{
    private const int Breedte = 100;
    private const string Inspringing = "                       ";

    public static string Maak(BasislijnRapport rapport)
    {
        var s = new StringBuilder();
        s.AppendLine($"Toets aan de basislijn SMI: {rapport.Gemeente}");
        s.AppendLine($"Getoetst: {rapport.Regeling} (profiel {rapport.ProfielId})");
        s.AppendLine();
        s.AppendLine(rapport.Samenvatting);
        s.AppendLine();
        s.AppendLine($"{"punt",4}  {"uitkomst",-15}  onderwerp");
        s.AppendLine($"{new string('-', 4)}  {new string('-', 15)}  {new string('-', Breedte - Inspringing.Length)}");
        foreach (var u in rapport.Uitkomsten)
        {
            s.AppendLine($"{u.Punt.Nummer,4}  {BasislijnRapport.Label(u.Status),-15}  {u.Punt.Onderwerp}");
            Alinea(s, "Basislijn: ", u.Punt.Vraagt);
            Alinea(s, "Waarom:    ", u.Reden);
            s.AppendLine();
        }
        return s.ToString();
    }

    /// <summary>Wraps <paramref name="tekst"/> on spaces under the subject column, with a label before the first line.</summary>
    private static void Alinea(StringBuilder s, string label, string tekst)
    {
        var ruimte = Breedte - Inspringing.Length - label.Length;
        var regel = new StringBuilder();
        var eerste = true;
        foreach (var woord in tekst.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (regel.Length > 0 && regel.Length + 1 + woord.Length > ruimte)
            {
                Schrijf(s, eerste ? label : new string(' ', label.Length), regel);
                eerste = false;
                regel.Clear();
            }
            regel.Append(regel.Length > 0 ? " " : "").Append(woord);
        }
        Schrijf(s, eerste ? label : new string(' ', label.Length), regel);
    }

    private static void Schrijf(StringBuilder s, string label, StringBuilder regel) =>
        s.Append(Inspringing).Append(label).Append(regel).AppendLine();
}
