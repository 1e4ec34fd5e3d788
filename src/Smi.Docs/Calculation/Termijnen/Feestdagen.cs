namespace Smi.Docs.Calculation.Termijnen;

/// <summary>
/// The algemeen erkende feestdagen of the Algemene termijnenwet, art. 3 lid 1: Nieuwjaarsdag, tweede
/// Paas- en Pinksterdag, beide Kerstdagen, Hemelvaartsdag, the day the King's birthday is celebrated,
/// and 5 May (every year: the Atw lists 5 May without a lustrum condition). Art. 3 lid 2 adds Goede
/// Vrijdag; art. 3 lid 3 lets a royal decree equate more days, usually for three years at a time
/// (<see cref="Gelijkgesteld"/>).
/// </summary>
public static class Feestdagen
{
    public static bool IsFeestdag(DateOnly dag) => Naam(dag) is not null;

    /// <summary>The Dutch name of the holiday on <paramref name="dag"/>, or null.</summary>
    public static string? Naam(DateOnly dag) => Naam(dag, Formatting.FixedTexts.Dutch);

    /// <summary>The name of the holiday on <paramref name="dag"/> in the language of <paramref name="teksten"/> (<c>feestdag.*</c>), or null.</summary>
    public static string? Naam(DateOnly dag, Formatting.FixedTexts teksten) =>
        Sleutel(dag) is { } sleutel ? teksten["feestdag." + sleutel]
        : Gelijkgesteld.TryGetValue(dag, out var feestdag) ? teksten.Format("feestdag.vrijdagNa", ("feestdag", teksten["feestdag." + feestdag]))
        : null;

    /// <summary>
    /// Days a royal decree equates with a holiday (Atw art. 3 lid 3), each the Friday after a holiday on a Thursday, with
    /// the holiday it follows. Sources: "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december
    /// 2024 en 30 mei 2025 met een algemeen erkende feestdag" and "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026,
    /// 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag" (Staatscourant; titles as cited on
    /// sterfgeval.nl, question 70745, 4 October 2025). A later decree adds its days here.
    /// </summary>
    public static IReadOnlyDictionary<DateOnly, string> Gelijkgesteld { get; } = new Dictionary<DateOnly, string>
    {
        [new DateOnly(2023, 4, 28)] = "koningsdag",
        [new DateOnly(2023, 5, 19)] = "hemelvaartsdag",
        [new DateOnly(2024, 5, 10)] = "hemelvaartsdag",
        [new DateOnly(2024, 12, 27)] = "tweedeKerstdag",
        [new DateOnly(2025, 5, 30)] = "hemelvaartsdag",
        [new DateOnly(2026, 1, 2)] = "nieuwjaarsdag",
        [new DateOnly(2026, 5, 15)] = "hemelvaartsdag",
        [new DateOnly(2027, 5, 7)] = "hemelvaartsdag",
        [new DateOnly(2028, 4, 28)] = "koningsdag",
        [new DateOnly(2028, 5, 26)] = "hemelvaartsdag",
    };

    private static string? Sleutel(DateOnly dag)
    {
        var pasen = Pasen(dag.Year);
        return (dag.Month, dag.Day) switch
        {
            (1, 1) => "nieuwjaarsdag",
            (5, 5) => "bevrijdingsdag",
            (12, 25) => "eersteKerstdag",
            (12, 26) => "tweedeKerstdag",
            _ when dag == Koningsdag(dag.Year) => "koningsdag",
            _ when dag == pasen.AddDays(-2) => "goedeVrijdag",
            _ when dag == pasen.AddDays(1) => "tweedePaasdag",
            _ when dag == pasen.AddDays(39) => "hemelvaartsdag",
            _ when dag == pasen.AddDays(50) => "tweedePinksterdag",
            _ => null,
        };
    }

    /// <summary>
    /// 27 April, the King's birthday; when that is a Sunday it is celebrated on Saturday 26 April
    /// (as in 2025), which the Atw then counts as the holiday.
    /// </summary>
    public static DateOnly Koningsdag(int jaar)
    {
        var verjaardag = new DateOnly(jaar, 4, 27);
        return verjaardag.DayOfWeek == DayOfWeek.Sunday ? verjaardag.AddDays(-1) : verjaardag;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).</summary>
    public static DateOnly Pasen(int jaar)
    {
        var a = jaar % 19;
        var b = jaar / 100;
        var c = jaar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var maand = (h + l - 7 * m + 114) / 31;
        var dag = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(jaar, maand, dag);
    }
}
