namespace Smi.Docs.Calculation.Termijnen;

/// <summary>
/// The algemeen erkende feestdagen of the Algemene termijnenwet, art. 3 lid 1: Nieuwjaarsdag, tweede
/// Paas- en Pinksterdag, beide Kerstdagen, Hemelvaartsdag, the day the King's birthday is celebrated,
/// and 5 May (every year: the Atw lists 5 May without a lustrum condition). Art. 3 lid 2 adds Goede
/// Vrijdag. Days added by a royal decree under art. 3 lid 3 (such as the Friday after Hemelvaart) are
/// not included: those decrees are not in our sources.
/// </summary>
public static class Feestdagen
{
    public static bool IsFeestdag(DateOnly dag) => Naam(dag) is not null;

    /// <summary>The Dutch name of the holiday on <paramref name="dag"/>, or null.</summary>
    public static string? Naam(DateOnly dag) => Naam(dag, Formatting.FixedTexts.Dutch);

    /// <summary>The name of the holiday on <paramref name="dag"/> in the language of <paramref name="teksten"/> (<c>feestdag.*</c>), or null.</summary>
    public static string? Naam(DateOnly dag, Formatting.FixedTexts teksten) =>
        Sleutel(dag) is { } sleutel ? teksten["feestdag." + sleutel] : null;

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
