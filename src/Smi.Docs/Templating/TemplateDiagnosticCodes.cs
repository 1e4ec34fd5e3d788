namespace Smi.Docs.Templating;

/// <summary>
/// Codes reported by <see cref="TemplateChecker"/>. They are stable: the CLI, the API and the template
/// studio refer to them, so never renumber one, only add.
/// </summary>
public static class TemplateDiagnosticCodes
{
    /// <summary>A <c>{{</c> (or comment) without its closing <c>}}</c>.</summary>
    public const string UnclosedTag = "SMI3001";

    /// <summary><c>{{}}</c> with nothing inside.</summary>
    public const string EmptyTag = "SMI3002";

    /// <summary>A block that is not <c>if</c>, <c>unless</c>, <c>each</c> or <c>with</c>, or has the wrong arguments.</summary>
    public const string UnknownBlock = "SMI3003";

    /// <summary>A <c>{{/naam}}</c> with no block open.</summary>
    public const string CloseWithoutOpen = "SMI3004";

    /// <summary>A block still open at the end of the file; reported at its opening tag.</summary>
    public const string BlockNotClosed = "SMI3005";

    /// <summary>A <c>{{/naam}}</c> that closes a different block than the one open.</summary>
    public const string MismatchedClose = "SMI3006";

    /// <summary><c>{{else}}</c> outside a block, or a second one in the same block.</summary>
    public const string MisplacedElse = "SMI3007";

    /// <summary><c>{{{…}}}</c> or <c>{{&amp; …}}</c>: they bypass the Markdown-escaping encoder.</summary>
    public const string UnescapedOutput = "SMI3008";

    /// <summary>A path that does not exist in the view model.</summary>
    public const string UnknownPath = "SMI3009";

    /// <summary><c>#each</c> over something that is not a list, or <c>#with</c> over something that is not a record.</summary>
    public const string WrongBlockArgument = "SMI3010";

    /// <summary>A path that continues into a value (text, number, date) or a list.</summary>
    public const string PathIntoValue = "SMI3011";

    /// <summary>A tag with arguments whose first word is not a registered helper.</summary>
    public const string UnknownHelper = "SMI3012";

    /// <summary>A <c>{{&gt; naam}}</c> for which no partial exists.</summary>
    public const string MissingPartial = "SMI3013";

    /// <summary>A partial that (indirectly) includes itself.</summary>
    public const string PartialRecursion = "SMI3014";

    /// <summary>Handlebars syntax we do not allow or cannot read (subexpressions, hash arguments, <c>@root</c>, …).</summary>
    public const string UnsupportedSyntax = "SMI3015";

    /// <summary>A placeholder that would print a whole record or list instead of a value.</summary>
    public const string NotAValue = "SMI3016";
}
