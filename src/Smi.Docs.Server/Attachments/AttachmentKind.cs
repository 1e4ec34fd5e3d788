namespace Smi.Docs.Server.Attachments;

/// <summary>The files a parent may attach (issue 17 point 3: a contract, an advice, an income statement).</summary>
internal enum AttachmentKind
{
    Pdf,
    Jpeg,
    Png,
}

/// <summary>
/// What a file is, by its first bytes and never by its name or the browser's content type: a program renamed to
/// contract.pdf is not a PDF. The signatures are the formats' own: "%PDF-" (ISO 32000-1 §7.5.2), JPEG's SOI marker
/// followed by a marker (FF D8 FF, ITU T.81 Annex B), PNG's eight-byte signature (ISO/IEC 15948 §5.2).
/// </summary>
internal static class AttachmentKinds
{
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static AttachmentKind? Sniff(ReadOnlySpan<byte> content) =>
        content.StartsWith(PdfSignature) ? AttachmentKind.Pdf
        : content.StartsWith(JpegSignature) ? AttachmentKind.Jpeg
        : content.StartsWith(PngSignature) ? AttachmentKind.Png
        : null;

    public static string Extension(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "pdf",
        AttachmentKind.Jpeg => "jpg",
        _ => "png",
    };

    /// <summary>The kind of a stored file by the extension <see cref="Extension"/> gave it; null for any other text.</summary>
    public static AttachmentKind? FromExtension(string extension) => extension switch
    {
        "pdf" => AttachmentKind.Pdf,
        "jpg" => AttachmentKind.Jpeg,
        "png" => AttachmentKind.Png,
        _ => null,
    };

    public static string MediaType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Jpeg => "image/jpeg",
        _ => "image/png",
    };
}
