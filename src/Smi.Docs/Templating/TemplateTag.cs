namespace Smi.Docs.Templating;

/// <summary>One <c>{{ … }}</c> of a template, delimiters and whitespace control included: offsets into the file (end exclusive).</summary>
public sealed record TemplateTag(int Start, int End, TemplateTagKind Kind)
{
    public int Length => End - Start;
}
