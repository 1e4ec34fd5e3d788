using Smi.Docs.Pdf;
using Smi.Docs.Pipeline;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// A template set with some templates' texts replaced, in a temporary folder, so the core checks and renders them
/// exactly as it checks and renders the files (one pipeline, no second checker): the text being edited in the studio,
/// or a tenant's published versions in the service. Only the part that changes is copied: <c>templates/</c> when a
/// Dutch text is replaced, <c>locales/</c> when a translation is; the rest is read where it is. Deleted when disposed.
/// </summary>
internal sealed class TemplateOverlay : IDisposable
{
    private readonly string _folder;

    public TemplateOverlay(string templatesFolder, StudioTemplate template, string text)
        : this(templatesFolder, [(template, text)])
    {
    }

    public TemplateOverlay(string templatesFolder, IReadOnlyList<(StudioTemplate Template, string Text)> texts)
    {
        var root = StudioTemplate.RootOf(templatesFolder);
        _folder = Directory.CreateTempSubdirectory("smi-studio-").FullName;
        TemplatesFolder = Path.GetFullPath(templatesFolder);
        LocalesFolder = Path.Combine(root, "locales");
        if (texts.Any(t => t.Template.Language.IsDutch))
        {
            TemplatesFolder = Path.Combine(_folder, "templates");
            CopyFolder(Path.GetFullPath(templatesFolder), TemplatesFolder);
        }
        if (texts.Any(t => !t.Template.Language.IsDutch))
        {
            // Every language, not only the replaced one: the service's pipeline makes letters in all of them.
            CopyFolder(LocalesFolder, Path.Combine(_folder, "locales"));
            LocalesFolder = Path.Combine(_folder, "locales");
        }
        foreach (var (template, text) in texts)
        {
            var edited = template.PathIn(_folder);
            Directory.CreateDirectory(Path.GetDirectoryName(edited)!);
            File.WriteAllText(edited, text);
        }
    }

    public string TemplatesFolder { get; }

    public string LocalesFolder { get; }

    /// <summary>An HTML pipeline over the overlay; reads and checks every Dutch template (SmiDocsException when one has errors).</summary>
    /// <param name="printer">The service's printer, for a PDF of the draft; null for HTML only.</param>
    public DocumentPipeline BuildPipeline(IPdfPrinter? printer = null)
    {
        var builder = Builder().UseHtml();
        return (printer is null ? builder : builder.UsePdf(printer)).Build();
    }

    /// <summary>The builder over the overlay, without formats, for a caller that chooses them (the service's cache).</summary>
    public DocumentPipelineBuilder Builder() => DocumentPipeline.CreateBuilder(TemplatesFolder).UseLocales(LocalesFolder);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind holds templates only, no case data; the system's cleaning removes it.
        }
    }
}
