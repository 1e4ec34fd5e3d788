using Smi.Docs.Documents;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Frame;

/// <summary>
/// Where things sit on the first page, all derived from <see cref="EnvelopeWindow"/> so the DOCX, HTML and PDF agree.
/// The letterhead sits above the window, contact lines to its right, and the first-page header ends with a spacer
/// just below the window so page 1's body starts under the address and later pages start at the top margin.
/// </summary>
internal static class DocxPageLayout
{
    public const double HeaderDistanceMm = 8;
    public const double FooterDistanceMm = 10;
    private const double GapBelowWindowMm = 8;
    private const double GapBesideWindowMm = 10;

    public static int ContentWidthTwips =>
        DocxUnits.A4WidthTwips - DocxUnits.MmToTwips(EnvelopeWindow.PageMarginLeftMm) - DocxUnits.MmToTwips(EnvelopeWindow.PageMarginRightMm);

    /// <summary>Where a form's body starts on page 1: under the letterhead, as it has no address window.</summary>
    private const double FormBodyTopMm = 42;

    /// <summary>Height of the empty last header paragraph; frames do not take space in the flow, this does.</summary>
    public static int FirstHeaderSpacerTwips(bool addressWindow) =>
        DocxUnits.MmToTwips((addressWindow ? EnvelopeWindow.TopMm + EnvelopeWindow.HeightMm + GapBelowWindowMm : FormBodyTopMm) - HeaderDistanceMm);

    public static DocxElement LetterheadFrame { get; } = Frame(EnvelopeWindow.PageMarginLeftMm, HeaderDistanceMm, EnvelopeWindow.WidthMm, null);

    /// <summary>The frames are the same in every letter: made once, shared (they have no children to change).</summary>
    private static readonly DocxElement[] ContactFrames =
        [ContactFrameAt(false, false), ContactFrameAt(false, true), ContactFrameAt(true, false), ContactFrameAt(true, true)];

    private static readonly DocxElement[] AddressFrames = [AddressFrameAt(false), AddressFrameAt(true)];

    /// <summary>Beside the window in a letter; beside the letterhead in a form, which has no window.</summary>
    public static DocxElement ContactFrame(bool addressWindow, bool rightToLeft = false) =>
        ContactFrames[(addressWindow ? 2 : 0) + (rightToLeft ? 1 : 0)];

    private static DocxElement ContactFrameAt(bool addressWindow, bool rightToLeft)
    {
        var left = EnvelopeWindow.LeftMm + EnvelopeWindow.WidthMm + GapBesideWindowMm;
        var width = 210 - EnvelopeWindow.PageMarginRightMm - left;
        // Beside the window, which stays on the left (see AddressFrame): kept on the right in a right-to-left section too.
        return Frame(rightToLeft ? Mirrored(left, width) : left, addressWindow ? EnvelopeWindow.TopMm : HeaderDistanceMm, width, null);
    }

    /// <summary>
    /// The window of the envelope: fixed size, so a long address is clipped rather than moving the window text. A
    /// right-to-left section measures a frame's position from the right edge of the page (seen in LibreOffice, which
    /// follows Word here), but the window of a Dutch envelope stays on the left, so its position is mirrored back.
    /// </summary>
    public static DocxElement AddressFrame(bool rightToLeft = false) => AddressFrames[rightToLeft ? 1 : 0];

    private static DocxElement AddressFrameAt(bool rightToLeft) =>
        Frame(rightToLeft ? Mirrored(EnvelopeWindow.LeftMm, EnvelopeWindow.WidthMm) : EnvelopeWindow.LeftMm,
            EnvelopeWindow.TopMm, EnvelopeWindow.WidthMm, EnvelopeWindow.HeightMm);

    /// <summary>The x a right-to-left section needs (it measures from the right edge) to put a frame at <paramref name="leftMm"/>.</summary>
    private static double Mirrored(double leftMm, double widthMm) => 210 - leftMm - widthMm;

    /// <summary>w:framePr, its attributes in schema order; w:h only for a frame of fixed height.</summary>
    private static DocxElement Frame(double xMm, double yMm, double widthMm, double? heightMm)
    {
        List<(string, string)> attributes = [("w:w", DocxUnits.Twips(DocxUnits.MmToTwips(widthMm)))];
        if (heightMm is { } height)
        {
            attributes.Add(("w:h", DocxUnits.Twips(DocxUnits.MmToTwips(height))));
        }

        attributes.AddRange(
        [
            ("w:wrap", "notBeside"),
            ("w:hAnchor", "page"),
            ("w:vAnchor", "page"),
            ("w:x", DocxUnits.Twips(DocxUnits.MmToTwips(xMm))),
            ("w:y", DocxUnits.Twips(DocxUnits.MmToTwips(yMm))),
            ("w:hRule", heightMm is null ? "auto" : "exact"),
            ("w:anchorLock", "true"),
        ]);
        return new DocxElement("w:framePr", [.. attributes]);
    }
}
