namespace Smi.Docs.Diagnostics;

/// <summary>
/// One diagnostic code, declared once in <see cref="DiagnosticRegistry"/> with what is known about it before any
/// problem is found. <paramref name="Severity"/> is <see cref="Severity.Warning"/> only for codes that never stop a
/// run; a few error codes are also reported as warnings where nothing is written (XLIFF export).
/// </summary>
/// <param name="Id">The stable code as printed, e.g. <c>SMI1101</c>; never renumbered, never reused.</param>
/// <param name="Title">A short English title; the message of each diagnostic says what exactly is wrong.</param>
public sealed record DiagnosticCode(string Id, DiagnosticOrigin Origin, Severity Severity, string Title)
{
    public override string ToString() => Id;
}
