namespace Smi.Docs.Templating;

/// <summary>
/// One level of context while walking a template. Only <c>#each</c> and <c>#with</c> push a level;
/// <c>#if</c> and <c>#unless</c> keep the context, so <c>../</c> skips them (Handlebars 4 rule, and what
/// Handlebars.Net 2.4.3 does).
/// </summary>
/// <param name="Path">The absolute data path of this context, e.g. <c>kinderen[]</c>; empty at the top.</param>
internal sealed record TemplateScope(Type Type, string Path, bool InEach, TemplateScope? Parent)
{
    public static TemplateScope Root(Type viewModel) => new(viewModel, "", false, null);

    public TemplateScope Enter(Type type, string path, bool isEach) => new(type, path, isEach || InEach, this);

    public string Child(string segment) => Path.Length == 0 ? segment : $"{Path}.{segment}";
}
