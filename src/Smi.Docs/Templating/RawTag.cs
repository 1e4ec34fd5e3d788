namespace Smi.Docs.Templating;

/// <summary>
/// The inside of one <c>{{…}}</c>, whitespace-control tildes removed, with the 1-based position of its
/// <c>{{</c>. Comments are dropped by the tokenizer, so every raw tag is something to parse.
/// </summary>
internal sealed record RawTag(string Content, int Line, int Column);
