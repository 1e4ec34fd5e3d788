using Smi.Docs.Pipeline;

namespace Smi.Docs.Server.Hosting;

/// <summary>
/// A pipeline built from one template folder, with the version of that folder (<see cref="TemplateVersion"/>) and the
/// tenant's published studio versions laid over it (<see cref="VersionIds"/>, empty when the files are used as they are).
/// </summary>
internal sealed record TenantPipeline(DocumentPipeline Pipeline, string TemplateVersion)
{
    public IReadOnlyList<string> VersionIds { get; init; } = [];

    /// <summary>The audit trail's <c>sjabloonversies</c>: the published versions used, null when none.</summary>
    public string? AuditVersions => VersionIds.Count == 0 ? null : string.Join(',', VersionIds);

    /// <summary>
    /// <c>X-Smi-Sjabloonversie</c>: the folder's hash, and when published versions were laid over it, their ids
    /// (<c>&lt;sha256&gt;; versies=&lt;id&gt;,&lt;id&gt;</c>), so the letter can be traced to the exact texts.
    /// </summary>
    public string Header => VersionIds.Count == 0 ? TemplateVersion : $"{TemplateVersion}; versies={AuditVersions}";
}
