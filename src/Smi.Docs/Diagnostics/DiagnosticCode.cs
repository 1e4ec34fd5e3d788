namespace Smi.Docs.Diagnostics;

/// <summary>
/// One diagnostic code, declared once in <see cref="DiagnosticRegistry"/> with what is known about it before any
/// problem is found. The constructor is internal so that no other assembly can make up a code the registry lacks.
/// </summary>
public sealed record DiagnosticCode
{
    internal DiagnosticCode(string id, DiagnosticOrigin origin, Severity severity, string title)
    {
        Id = id;
        Origin = origin;
        Severity = severity;
        Title = title;
    }

    /// <summary>The stable code as printed, e.g. <c>SMI1101</c>; never renumbered, never reused.</summary>
    public string Id { get; }

    public DiagnosticOrigin Origin { get; }

    /// <summary>
    /// <see cref="Severity.Warning"/> only for codes that never stop a run. A few error codes are also reported as
    /// warnings where nothing is written (XLIFF export).
    /// </summary>
    public Severity Severity { get; }

    /// <summary>A short English title; the message of each diagnostic says what exactly is wrong.</summary>
    public string Title { get; }

    public override string ToString() => Id;
}
