namespace Smi.Docs.Templating;

/// <summary>What a <c>{{ … }}</c> does, as read from the syntax tree.</summary>
public enum TemplateTagKind
{
    /// <summary>Prints a value (or a formatting function's result): the reader sees text there.</summary>
    Value,

    /// <summary><c>if</c>, <c>else</c>, <c>for</c>, <c>end</c> and any other statement: prints nothing itself.</summary>
    Control,

    /// <summary><c>include 'naam'</c>: the partial's text comes in its place.</summary>
    Include,

    /// <summary><c>{{## … ##}}</c> or <c>{{# … }}</c>: a note for the template's editors, never printed.</summary>
    Comment,
}
