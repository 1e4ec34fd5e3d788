namespace Smi.Docs.Tests.Pdf;

/// <summary>One row of <c>pdffonts</c>: a subset shows as <c>ABCDEF+NotoSans-Regular</c> with Subset = true.</summary>
internal sealed record PdfFont(string Name, string Type, string Encoding, bool Embedded, bool Subset, bool Unicode);
