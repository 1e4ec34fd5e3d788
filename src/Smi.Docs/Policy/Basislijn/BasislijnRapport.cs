namespace Smi.Docs.Policy.Basislijn;

/// <summary>
/// The basislijn check of one profile: which municipality, under which rules, and the outcome of every
/// point in order. Holds no date, so the same profile always gives the same report.
/// </summary>
public sealed record BasislijnRapport(string ProfielId, string Gemeente, string Regeling, IReadOnlyList<Toetsuitkomst> Uitkomsten)
{
    public int Aantal(BasislijnStatus status) => Uitkomsten.Count(u => u.Status == status);

    /// <summary>"8 punten voldoen, 4 voldoen niet, 3 zijn niet te bepalen uit het profiel."</summary>
    public string Samenvatting =>
        $"{Aantal(BasislijnStatus.Voldoet)} {Punten(Aantal(BasislijnStatus.Voldoet))} {Werkwoord(Aantal(BasislijnStatus.Voldoet), "voldoet", "voldoen")}, " +
        $"{Aantal(BasislijnStatus.VoldoetNiet)} {Werkwoord(Aantal(BasislijnStatus.VoldoetNiet), "voldoet", "voldoen")} niet, " +
        $"{Aantal(BasislijnStatus.NietTeBepalen)} {Werkwoord(Aantal(BasislijnStatus.NietTeBepalen), "is", "zijn")} niet te bepalen uit het profiel.";

    /// <summary>The label the reports print for a status.</summary>
    public static string Label(BasislijnStatus status) => status switch
    {
        BasislijnStatus.Voldoet => "voldoet",
        BasislijnStatus.VoldoetNiet => "voldoet niet",
        _ => "niet te bepalen",
    };

    private static string Punten(int n) => n == 1 ? "punt" : "punten";

    private static string Werkwoord(int n, string enkel, string meer) => n == 1 ? enkel : meer;
}
