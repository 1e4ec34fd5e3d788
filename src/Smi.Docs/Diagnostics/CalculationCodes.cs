namespace Smi.Docs.Diagnostics;

/// <summary>
/// SMI5xxx: the calculator and its tariff tables. SMI50xx: a table file (the installation); SMI51xx: a case the
/// tables cannot calculate (the caller); SMI52xx: warnings about the municipality's own <c>berekening</c> in the case.
/// </summary>
public static class CalculationCodes
{
    public static readonly DiagnosticCode TabelOnleesbaar = new("SMI5001", DiagnosticOrigin.TariffTables, Severity.Error, "Tariff table unreadable");
    public static readonly DiagnosticCode TabelOnvolledig = new("SMI5002", DiagnosticOrigin.TariffTables, Severity.Error, "Tariff table incomplete");
    public static readonly DiagnosticCode TabelGrenzen = new("SMI5003", DiagnosticOrigin.TariffTables, Severity.Error, "Tariff table bounds out of order");
    public static readonly DiagnosticCode TabelBronOntbreekt = new("SMI5004", DiagnosticOrigin.TariffTables, Severity.Error, "Tariff table without its source");

    public static readonly DiagnosticCode GeenTabelVoorJaar = new("SMI5101", DiagnosticOrigin.Calculation, Severity.Error, "No tariff table for the year");
    public static readonly DiagnosticCode InkomenInOnbekendeRij = new("SMI5102", DiagnosticOrigin.Calculation, Severity.Error, "Income in no row of the table");
    public static readonly DiagnosticCode GeenToetsingsinkomen = new("SMI5103", DiagnosticOrigin.Calculation, Severity.Error, "No toetsingsinkomen");
    public static readonly DiagnosticCode GeenNormVoorDatum = new("SMI5104", DiagnosticOrigin.Calculation, Severity.Error, "No income norm for the date");
    public static readonly DiagnosticCode GeenPeriode = new("SMI5105", DiagnosticOrigin.Calculation, Severity.Error, "No period to calculate");

    public static readonly DiagnosticCode EigenBerekeningTeltNietOp = new("SMI5201", DiagnosticOrigin.Calculation, Severity.Warning, "Own berekening does not add up");
    public static readonly DiagnosticCode EigenBerekeningWijktAf = new("SMI5202", DiagnosticOrigin.Calculation, Severity.Warning, "Own berekening differs from ours");
    public static readonly DiagnosticCode EigenBerekeningNietTeControleren = new("SMI5203", DiagnosticOrigin.Calculation, Severity.Warning, "Own berekening cannot be checked");
    public static readonly DiagnosticCode VoorlopigeTabelGebruikt = new("SMI5204", DiagnosticOrigin.Calculation, Severity.Warning, "Provisional table used");
    public static readonly DiagnosticCode TabelMetEenBronGebruikt = new("SMI5205", DiagnosticOrigin.Calculation, Severity.Warning, "Single-source table used");
}
