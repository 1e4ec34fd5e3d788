namespace Smi.Docs.Cli;

/// <summary>A template to lint: where it is, and the name diagnostics use (relative to the working directory when inside it).</summary>
internal sealed record LintFile(string FullPath, string DisplayName);
