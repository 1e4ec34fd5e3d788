namespace Smi.Docs.Templating;

/// <summary>
/// The Markdown a partial rendered to. Only <see cref="IncludeFunction"/> makes one, and the context writes it as
/// is: it is template text whose values were escaped when the partial printed them. No value from a view model can
/// become one, so no template syntax can print a value raw.
/// </summary>
internal sealed record RenderedPartial(string Markdown);
