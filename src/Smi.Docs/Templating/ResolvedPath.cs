namespace Smi.Docs.Templating;

/// <summary>A path that resolved: its type and its data path in template spelling (null for <c>for.index</c> and unchecked data).</summary>
internal sealed record ResolvedPath(Type Type, string? DataPath);
