namespace Smi.Docs.Cli;

/// <summary>The process exit codes callers (case systems, batch jobs) can rely on.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
