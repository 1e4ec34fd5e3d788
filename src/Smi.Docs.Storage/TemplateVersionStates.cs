namespace Smi.Docs.Storage;

/// <summary>The states of a <see cref="StoredTemplateVersion"/>, as stored.</summary>
public static class TemplateVersionStates
{
    /// <summary>Saved without errors, not published: the service does not use it.</summary>
    public const string Concept = "concept";
}
