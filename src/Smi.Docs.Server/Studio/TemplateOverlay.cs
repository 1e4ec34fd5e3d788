using Smi.Docs.Pdf;
using Smi.Docs.Pipeline;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// A template set with one template's text replaced, in a temporary folder, so the core checks and renders the text
/// being edited exactly as it will check and render the saved one (one pipeline, no second checker). Only the part
/// that changes is copied: <c>templates/</c> for a Dutch text, <c>locales/&lt;taal&gt;/</c> for a translation; the rest is read
/// where it is. Deleted when disposed.
/// </summary>
internal sealed class TemplateOverlay : IDisposable
{
    private readonly string _folder;

    public TemplateOverlay(string templatesFolder, StudioTemplate template, string text)
    {
        var root = StudioTemplate.RootOf(templatesFolder);
        _folder = Directory.CreateTempSubdirectory("smi-studio-").FullName;
        if (template.Language.IsDutch)
        {
            TemplatesFolder = Path.Combine(_folder, "templates");
            LocalesFolder = Path.Combine(root, "locales");
            CopyFolder(Path.GetFullPath(templatesFolder), TemplatesFolder);
        }
        else
        {
            TemplatesFolder = Path.GetFullPath(templatesFolder);
            LocalesFolder = Path.Combine(_folder, "locales");
            CopyFolder(Path.Combine(root, "locales", template.Language.Code), Path.Combine(LocalesFolder, template.Language.Code));
        }
        var edited = template.PathIn(_folder);
        Directory.CreateDirectory(Path.GetDirectoryName(edited)!);
        File.WriteAllText(edited, text);
    }

    public string TemplatesFolder { get; }

    public string LocalesFolder { get; }

    /// <summary>An HTML pipeline over the overlay; reads and checks every Dutch template (SmiDocsException when one has errors).</summary>
    /// <param name="printer">The service's printer, for a PDF of the draft; null for HTML only.</param>
    public DocumentPipeline BuildPipeline(IPdfPrinter? printer = null)
    {
        var builder = DocumentPipeline.CreateBuilder(TemplatesFolder).UseLocales(LocalesFolder).UseHtml();
        return (printer is null ? builder : builder.UsePdf(printer)).Build();
    }

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
