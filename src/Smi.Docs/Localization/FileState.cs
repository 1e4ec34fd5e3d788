namespace Smi.Docs.Localization;

/// <summary>How one translation file stands against its Dutch source, worst first.</summary>
public enum FileState
{
    Missing,
    Mismatch,
    Stale,
    Complete,
}
