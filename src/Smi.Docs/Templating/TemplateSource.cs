namespace Smi.Docs.Templating;

/// <summary>A template or partial as read from disk; the file name is what diagnostics point at.</summary>
public sealed record TemplateSource(string FileName, string Text);
