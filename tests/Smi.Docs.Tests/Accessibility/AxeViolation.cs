namespace Smi.Docs.Tests.Accessibility;

/// <summary>One failed axe-core rule, with the CSS selectors of the elements it failed on.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets)
{
    public override string ToString()
    {
        var shown = string.Join(", ", Targets.Take(3));
        var more = Targets.Count > 3 ? $" (+{Targets.Count - 3} more)" : "";
        return $"{Id} [{Impact ?? "unknown"}]: {Help} — {shown}{more} ({HelpUrl})";
    }
}
