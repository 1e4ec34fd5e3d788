using Smi.Docs.Pipeline;

namespace Smi.Docs.Server.Hosting;

/// <summary>A pipeline built from one template folder, with the version of that folder (<see cref="TemplateVersion"/>).</summary>
internal sealed record TenantPipeline(DocumentPipeline Pipeline, string TemplateVersion);
