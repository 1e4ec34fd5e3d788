namespace Smi.Docs.Rendering;

/// <summary>One output file held in memory until every format has rendered.</summary>
public sealed record RenderedFile(string FileName, byte[] Content);
