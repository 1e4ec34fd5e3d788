using Smi.Docs.Docx.Package;
using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Documents;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

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

    public static Drawing Embed(DocxPackage package, DocxPart header, LogoImage logo)
    {
        package.AddPart(header, RelationshipId, PartType(logo)!).Data = DocxPartCache.Logo(logo.Data);

        var (width, height) = Size(logo);
        return new Drawing(new Wp.Inline(
            new Wp.Extent { Cx = width, Cy = height },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = 1U, Name = "Logo", Description = DocxText.Clean(logo.AlternativeText) },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(Picture(width, height)) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
    }

    private static Pic.Picture Picture(long width, long height) => new(
        new Pic.NonVisualPictureProperties(
            new Pic.NonVisualDrawingProperties { Id = 0U, Name = "Logo" },
            new Pic.NonVisualPictureDrawingProperties()),
        new Pic.BlipFill(new A.Blip { Embed = RelationshipId }, new A.Stretch(new A.FillRectangle())),
        new Pic.ShapeProperties(
            new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = height }),
            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));

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
