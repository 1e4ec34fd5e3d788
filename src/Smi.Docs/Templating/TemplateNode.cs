namespace Smi.Docs.Templating;

/// <summary>A node of a parsed template; only tags matter to the checker, so there are no text nodes.</summary>
internal abstract record TemplateNode(TemplateTag Tag);

/// <summary><c>{{path}}</c> or <c>{{helper …}}</c>.</summary>
internal sealed record ValueNode(TemplateTag Tag) : TemplateNode(Tag);

/// <summary><c>{{&gt; naam}}</c>.</summary>
internal sealed record PartialNode(TemplateTag Tag) : TemplateNode(Tag);

/// <summary>A block with the nodes before and after its <c>{{else}}</c>.</summary>
internal sealed record BlockNode(TemplateTag Tag, IReadOnlyList<TemplateNode> Body, IReadOnlyList<TemplateNode> Inverse)
    : TemplateNode(Tag);
