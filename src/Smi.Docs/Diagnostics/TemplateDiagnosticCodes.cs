namespace Smi.Docs.Diagnostics;

/// <summary>
/// SMI3xxx: templates, before rendering (the checker) and while rendering (the runtime), their front matter and the
/// fixed texts. SMI3002–SMI3008 belonged to the tag scanner of the templates before Scriban (until December 2026);
/// Scriban's parser reports all of those as <see cref="SyntaxError"/>, so they are retired and never reused.
/// </summary>
public static class TemplateDiagnosticCodes
{
    /// <summary>Scriban cannot parse the template: an unclosed <c>{{</c>, a block without <c>end</c>, a stray <c>end</c> or <c>else</c>, …</summary>
    public static readonly DiagnosticCode SyntaxError = new("SMI3001", DiagnosticOrigin.Template, Severity.Error, "Template syntax error");

    /// <summary>A name that does not exist in the view model (or a loop variable used outside its loop).</summary>
    public static readonly DiagnosticCode UnknownPath = new("SMI3009", DiagnosticOrigin.Template, Severity.Error, "Unknown name");

    public static readonly DiagnosticCode WrongBlockArgument = new("SMI3010", DiagnosticOrigin.Template, Severity.Error, "Loop over something that is not a list");

    /// <summary>A path that continues into a value (text, number, date) or a list.</summary>
    public static readonly DiagnosticCode PathIntoValue = new("SMI3011", DiagnosticOrigin.Template, Severity.Error, "Path into a value or a list");

    /// <summary>A call of a function that is not one of the formatting functions (<c>datum</c>, <c>bedrag</c>, …).</summary>
    public static readonly DiagnosticCode UnknownFunction = new("SMI3012", DiagnosticOrigin.Template, Severity.Error, "Unknown function");

    /// <summary>An <c>include</c> of a partial that does not exist, or whose name is not a quoted literal.</summary>
    public static readonly DiagnosticCode MissingPartial = new("SMI3013", DiagnosticOrigin.Template, Severity.Error, "Partial not found");

    public static readonly DiagnosticCode PartialRecursion = new("SMI3014", DiagnosticOrigin.Template, Severity.Error, "Partial includes itself");

    /// <summary>
    /// Scriban the runtime need not allow and our templates never need: ranges (<c>1..N</c>), arithmetic and string
    /// repetition, assignments, function definitions, <c>import</c>, <c>eval</c>, <c>capture</c>, <c>while</c>, pipes into
    /// built-in functions and every other statement but <c>if</c>/<c>else</c>/<c>for</c>/<c>include</c>.
    /// </summary>
    public static readonly DiagnosticCode NotAllowed = new("SMI3015", DiagnosticOrigin.Template, Severity.Error, "Scriban outside the template subset");

    public static readonly DiagnosticCode NotAValue = new("SMI3016", DiagnosticOrigin.Template, Severity.Error, "Whole record or list printed");

    /// <summary>A formatting function called with the wrong arguments (<c>meervoud</c>: one word form per plural category).</summary>
    public static readonly DiagnosticCode WrongArguments = new("SMI3017", DiagnosticOrigin.Template, Severity.Error, "Function called with the wrong arguments");

    public static readonly DiagnosticCode FrontMatterNotClosed = new("SMI3101", DiagnosticOrigin.Template, Severity.Error, "Front matter not closed");
    public static readonly DiagnosticCode FrontMatterMalformedLine = new("SMI3102", DiagnosticOrigin.Template, Severity.Error, "Front matter line is not 'naam: waarde'");
    public static readonly DiagnosticCode FrontMatterMissingKey = new("SMI3103", DiagnosticOrigin.Template, Severity.Error, "Front matter key missing");

    /// <summary>The template failed while rendering (a function got no value, a limit was reached); located at the expression.</summary>
    public static readonly DiagnosticCode RenderFailed = new("SMI3201", DiagnosticOrigin.Template, Severity.Error, "Render failed");

    /// <summary>Rendering took longer than the time-out; a template that loops or nests without end is stopped.</summary>
    public static readonly DiagnosticCode RenderTimedOut = new("SMI3202", DiagnosticOrigin.Template, Severity.Error, "Render timed out");

    public static readonly DiagnosticCode NoTemplate = new("SMI3300", DiagnosticOrigin.Template, Severity.Error, "No template in the language asked for");

    public static readonly DiagnosticCode FixedTextsUnreadable = new("SMI3401", DiagnosticOrigin.Template, Severity.Error, "Fixed texts unreadable");
    public static readonly DiagnosticCode FixedTextMissing = new("SMI3402", DiagnosticOrigin.Template, Severity.Error, "Fixed text missing");
    public static readonly DiagnosticCode FixedTextUnknownPlaceholder = new("SMI3403", DiagnosticOrigin.Template, Severity.Error, "Placeholder not filled in here");
}
