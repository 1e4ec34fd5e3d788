namespace Smi.Docs.Calculation;

/// <summary>
/// Diagnostic codes of the calculator and its tariff tables (SMI5xxx, listed in docs/diagnostics.md).
/// SMI50xx: a table file; SMI51xx: a calculation that cannot be made; SMI52xx: warnings about the
/// municipality's own <c>berekening</c> in the case.
/// </summary>
public static class CalculationCodes
{
    public const string TabelOnleesbaar = "SMI5001";
    public const string TabelOnvolledig = "SMI5002";
    public const string TabelGrenzen = "SMI5003";
    public const string TabelBronOntbreekt = "SMI5004";

    public const string GeenTabelVoorJaar = "SMI5101";
    public const string InkomenInOnbekendeRij = "SMI5102";
    public const string GeenToetsingsinkomen = "SMI5103";
    public const string GeenNormVoorDatum = "SMI5104";
    public const string GeenPeriode = "SMI5105";

    public const string EigenBerekeningTeltNietOp = "SMI5201";
    public const string EigenBerekeningWijktAf = "SMI5202";
    public const string EigenBerekeningNietTeControleren = "SMI5203";
}
