namespace Smi.Docs.Storage;

/// <summary>What <see cref="TemplateVersionStore.PublishAsync"/> did.</summary>
public enum TemplateVersionPublishOutcome
{
    Published,

    /// <summary>The tenant has no version with this id.</summary>
    NotFound,

    /// <summary>The approver wrote the text: a second person publishes (vier ogen).</summary>
    OwnText,

    /// <summary>The version is not a proposal (a draft, or already published).</summary>
    NotProposed,
}
