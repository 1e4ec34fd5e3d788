using Smi.Docs.Calculation.Tables;
using Smi.Docs.Composition;
using Smi.Docs.Html;
using Smi.Docs.Rendering;

namespace Smi.Docs.Pipeline;

/// <summary>
/// Collects what a pipeline is made of — templates, translations, tariff tables, renderers — and freezes it with
/// <see cref="Build"/>, as Markdig's pipeline builder does. The DOCX and PDF projects add their renderers with
/// <c>UseDocx()</c> and <c>UsePdf(printer)</c>, so the core carries neither dependency.
/// </summary>
public sealed class DocumentPipelineBuilder
{
    private readonly string _templatesDirectory;
    private readonly List<IDocumentRenderer> _renderers = [];
    private string? _localesDirectory;
    private TariefTabellen? _tabellen;

    internal DocumentPipelineBuilder(string templatesDirectory) => _templatesDirectory = templatesDirectory;

    /// <summary>The HTML renderer once added: the PDF renderer prints its output, so both share it.</summary>
    public HtmlLetterRenderer? Html { get; private set; }

    /// <summary>Translations from another folder than <c>locales/</c> next to the templates.</summary>
    public DocumentPipelineBuilder UseLocales(string localesDirectory)
    {
        _localesDirectory = localesDirectory;
        return this;
    }

    public DocumentPipelineBuilder UseTariefTabellen(TariefTabellen tabellen)
    {
        _tabellen = tabellen;
        return this;
    }

    public DocumentPipelineBuilder UseHtml()
    {
        Html ??= new HtmlLetterRenderer();
        return UseRenderer(Html);
    }

    /// <summary>Adds a renderer for its format; a second one for the same format replaces the first.</summary>
    public DocumentPipelineBuilder UseRenderer(IDocumentRenderer renderer)
    {
        _renderers.RemoveAll(r => r.Format == renderer.Format);
        _renderers.Add(renderer);
        return this;
    }

    /// <summary>Reads and checks every Dutch template (translations on first use); errors name each template's file and place.</summary>
    public DocumentPipeline Build() => new(
        DocumentComposer.Create(_templatesDirectory, _localesDirectory, _tabellen),
        _renderers.ToList());
}
