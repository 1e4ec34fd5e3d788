namespace Smi.Docs.Templating;

/// <summary>
/// Codes reported for templates, before rendering (the checker) and while rendering (the runtime). They are stable:
/// the CLI, the API and the template studio refer to them, so never renumber one, only add. SMI3002–SMI3008 belonged
/// to the tag scanner of the templates before Scriban (until December 2026); Scriban's parser reports all of those as <see cref="SyntaxError"/>, so they are retired.
/// </summary>
public static class TemplateDiagnosticCodes
{
    /// <summary>Scriban cannot parse the template: an unclosed <c>{{</c>, a block without <c>end</c>, a stray <c>end</c> or <c>else</c>, …</summary>
    public const string SyntaxError = "SMI3001";

    /// <summary>A name that does not exist in the view model (or a loop variable used outside its loop).</summary>
    public const string UnknownPath = "SMI3009";

    /// <summary><c>for</c> over something that is not a list.</summary>
    public const string WrongBlockArgument = "SMI3010";

    /// <summary>A path that continues into a value (text, number, date) or a list.</summary>
    public const string PathIntoValue = "SMI3011";

    /// <summary>A call of a function that is not one of the formatting functions (<c>datum</c>, <c>bedrag</c>, …).</summary>
    public const string UnknownFunction = "SMI3012";

    /// <summary>An <c>include</c> of a partial that does not exist, or whose name is not a quoted literal.</summary>
    public const string MissingPartial = "SMI3013";

    /// <summary>A partial that (indirectly) includes itself.</summary>
    public const string PartialRecursion = "SMI3014";

    /// <summary>
    /// Scriban the runtime need not allow and our templates never need: ranges (<c>1..N</c>), arithmetic and string
    /// repetition, assignments, function definitions, <c>import</c>, <c>eval</c>, <c>capture</c>, <c>while</c>, pipes into
    /// built-in functions and every other statement but <c>if</c>/<c>else</c>/<c>for</c>/<c>include</c>.
    /// </summary>
    public const string NotAllowed = "SMI3015";

    /// <summary>A placeholder that would print a whole record or list instead of a value.</summary>
    public const string NotAValue = "SMI3016";

    /// <summary>A formatting function called with the wrong number of arguments (<c>meervoud</c>: one word form per plural category).</summary>
    public const string WrongArguments = "SMI3017";

    /// <summary>The template failed while rendering (a function got no value, a limit was reached); located at the expression.</summary>
    public const string RenderFailed = "SMI3201";

    /// <summary>Rendering took longer than the time-out; a template that loops or nests without end is stopped.</summary>
    public const string RenderTimedOut = "SMI3202";

    /// <summary>A document has no template in the language asked for.</summary>
    public const string NoTemplate = "SMI3300";
}
