namespace Smi.Docs.Docx;

/// <summary>Word measures layout in twentieths of a point (twips) and drawings in EMU; the contract speaks millimetres.</summary>
internal static class DocxUnits
{
    public const int A4WidthTwips = 11906;
    public const int A4HeightTwips = 16838;

    private const double TwipsPerMm = 1440 / 25.4;
    private const long EmuPerPixelAt96Dpi = 9525;
    private const double EmuPerMm = 36000;

    public static int MmToTwips(double mm) => (int)Math.Round(mm * TwipsPerMm, MidpointRounding.AwayFromZero);

    public static long MmToEmu(double mm) => (long)Math.Round(mm * EmuPerMm, MidpointRounding.AwayFromZero);

    public static long PixelsToEmu(int pixels) => pixels * EmuPerPixelAt96Dpi;

    /// <summary>Half-points, the unit of w:sz.</summary>
    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Twips(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
