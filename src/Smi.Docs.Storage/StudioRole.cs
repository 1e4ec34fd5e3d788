namespace Smi.Docs.Storage;

/// <summary>What a studio account may do (issue 16): a redacteur edits the texts, a vertaler only the translations into
/// its languages, a beheerder also manages the accounts (and, later, publishes).</summary>
public enum StudioRole
{
    Redacteur,
    Vertaler,
    Beheerder,
}
