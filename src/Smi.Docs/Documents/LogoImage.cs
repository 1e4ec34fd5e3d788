namespace Smi.Docs.Documents;

/// <summary>A logo as bytes with its media type (<c>image/png</c> or <c>image/svg+xml</c>) and alt text.</summary>
public sealed record LogoImage(byte[] Data, string ContentType, string AlternativeText, int WidthPixels, int HeightPixels);
