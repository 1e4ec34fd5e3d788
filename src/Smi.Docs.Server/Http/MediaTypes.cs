using Smi.Docs.Pipeline;

namespace Smi.Docs.Server.Http;

/// <summary>The media type of each format the pipeline makes, and of several formats in one answer.</summary>
internal static class MediaTypes
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Html = "text/html";
    public const string Zip = "application/zip";
    public const string Json = "application/json";

    public static IReadOnlyList<(string MediaType, string Format)> Formats { get; } =
    [
        (Pdf, DocumentFormats.Pdf),
        (Docx, DocumentFormats.Docx),
        (Html, DocumentFormats.Html),
    ];

    public static string Of(string format) => Formats.Single(f => f.Format == format).MediaType;
}
