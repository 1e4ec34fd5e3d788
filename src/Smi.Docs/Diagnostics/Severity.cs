namespace Smi.Docs.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
