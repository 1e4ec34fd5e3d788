namespace Smi.Docs.Storage;

/// <summary>The states of a <see cref="StoredTemplateVersion"/>, as stored: concept → voorgesteld → gepubliceerd.</summary>
public static class TemplateVersionStates
{
    /// <summary>Saved without errors, not published: the service does not use it.</summary>
    public const string Concept = "concept";

    /// <summary>Offered for publication; a beheerder who did not write it publishes it (vier ogen).</summary>
    public const string Voorgesteld = "voorgesteld";

    /// <summary>Approved, with a date from which it applies: the service renders with it from <see cref="StoredTemplateVersion.ValidFrom"/>.</summary>
    public const string Gepubliceerd = "gepubliceerd";
}
