using System.Globalization;
using Smi.Docs.Documents;
using Smi.Docs.Docx.Package;
using Smi.Docs.Docx.Xml;

namespace Smi.Docs.Docx.Frame;

/// <summary>
/// The municipal logo as an inline picture in the first-page header. PNG and JPEG go in as they are; SVG needs a
/// bitmap fallback in Word, which we do not have, so an SVG logo is skipped and the name carries the letterhead.
/// </summary>
internal static class DocxLogo
{
    public const string RelationshipId = "rIdLogo";
    private const double MaxHeightMm = 18;
    private const double MaxWidthMm = 80;

    public static bool CanEmbed(LogoImage? logo) => logo is { Data.Length: > 0, WidthPixels: > 0, HeightPixels: > 0 } && PartType(logo) is not null;

    /// <summary>w:drawing with an inline picture; the header declares the wp, a, pic and r prefixes.</summary>
    public static DocxElement Embed(DocxPackage package, DocxPart header, LogoImage logo)
    {
        package.AddPart(header, RelationshipId, PartType(logo)!).Data = DocxPartCache.Logo(logo.Data);

        var (width, height) = Size(logo);
        var cx = width.ToString(CultureInfo.InvariantCulture);
        var cy = height.ToString(CultureInfo.InvariantCulture);
        return new DocxElement("w:drawing").With(
            new DocxElement("wp:inline", ("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")).With(
                new DocxElement("wp:extent", ("cx", cx), ("cy", cy)),
                new DocxElement("wp:effectExtent", ("l", "0"), ("t", "0"), ("r", "0"), ("b", "0")),
                new DocxElement("wp:docPr", ("id", "1"), ("name", "Logo"), ("descr", DocxText.Clean(logo.AlternativeText))),
                new DocxElement("wp:cNvGraphicFramePr").With(new DocxElement("a:graphicFrameLocks", ("noChangeAspect", "1"))),
                new DocxElement("a:graphic").With(
                    new DocxElement("a:graphicData", ("uri", DocxNamespaces.Picture)).With(Picture(cx, cy)))));
    }

    private static DocxElement Picture(string cx, string cy) => new DocxElement("pic:pic").With(
        new DocxElement("pic:nvPicPr").With(
            new DocxElement("pic:cNvPr", ("id", "0"), ("name", "Logo")),
            new DocxElement("pic:cNvPicPr")),
        new DocxElement("pic:blipFill").With(
            new DocxElement("a:blip", ("r:embed", RelationshipId)),
            new DocxElement("a:stretch").With(new DocxElement("a:fillRect"))),
        new DocxElement("pic:spPr").With(
            new DocxElement("a:xfrm").With(
                new DocxElement("a:off", ("x", "0"), ("y", "0")),
                new DocxElement("a:ext", ("cx", cx), ("cy", cy))),
            new DocxElement("a:prstGeom", ("prst", "rect")).With(new DocxElement("a:avLst"))));

    /// <summary>Scales the pixel size (taken as 96 dpi) down to fit the letterhead, keeping the aspect ratio.</summary>
    private static (long Width, long Height) Size(LogoImage logo)
    {
        double width = DocxUnits.PixelsToEmu(logo.WidthPixels);
        double height = DocxUnits.PixelsToEmu(logo.HeightPixels);
        var scale = Math.Min(1, Math.Min(DocxUnits.MmToEmu(MaxWidthMm) / width, DocxUnits.MmToEmu(MaxHeightMm) / height));
        return ((long)Math.Round(width * scale), (long)Math.Round(height * scale));
    }

    private static DocxPartType? PartType(LogoImage logo) => logo.ContentType.Trim().ToLowerInvariant() switch
    {
        "image/png" => DocxPartType.Png,
        "image/jpeg" or "image/jpg" => DocxPartType.Jpeg,
        _ => null,
    };
}
