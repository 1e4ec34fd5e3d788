namespace Smi.Docs.Documents;

/// <summary>
/// Position of the address block on A4 so it shows through the window of a standard C5/EA5 window envelope
/// (window 20 mm from the left edge, top 50 mm from the top edge, 90 × 40 mm — the common Dutch
/// "vensterenvelop" layout; DIN 5008 form B is close). Shared by every renderer so they agree.
/// </summary>
public static class EnvelopeWindow
{
    public const double LeftMm = 20;
    public const double TopMm = 50;
    public const double WidthMm = 90;
    public const double HeightMm = 40;

    /// <summary>Page margins of every page, in millimetres.</summary>
    public const double PageMarginTopMm = 15;
    public const double PageMarginBottomMm = 20;
    public const double PageMarginLeftMm = 20;
    public const double PageMarginRightMm = 20;
}
