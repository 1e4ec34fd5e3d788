namespace Smi.Docs.Forms;

/// <summary>
/// Why an answer of the online form is not accepted. The web form words each kind in the parent's language and says
/// what is expected (<see cref="AnswerProblem"/> carries the numbers the text needs); the kinds never hold the answer.
/// </summary>
public enum AnswerProblemKind
{
    /// <summary>A required field is empty.</summary>
    Required,
    /// <summary>Not what <see cref="FormField.Controle"/> says (the field's <c>patroon</c>).</summary>
    Pattern,
    /// <summary>Nine digits, but the elfproef fails.</summary>
    Bsn,
    /// <summary>Not a Dutch IBAN, or the check digits (mod 97) fail.</summary>
    Iban,
    /// <summary>Not 4 digits and 2 letters.</summary>
    Postcode,
    /// <summary>Not 9 digits (the LRK registration number).</summary>
    Lrk,
    /// <summary>Street without a house number.</summary>
    HouseNumber,
    /// <summary>Day, month and year do not make a date that exists.</summary>
    Date,
    /// <summary>A date of birth after the day the form is filled in.</summary>
    DateInFuture,
    /// <summary>The start of childcare before the child's birth.</summary>
    DateOrder,
    /// <summary>Not a number, or more than two decimals.</summary>
    Number,
    /// <summary>A number outside <see cref="AnswerProblem.Minimum"/>–<see cref="AnswerProblem.Maximum"/>.</summary>
    NumberRange,
    /// <summary>A choice that is not one of the options.</summary>
    Choice,
    /// <summary>The problems lie with the partner, but the parent said there is none.</summary>
    NoPartner,

    // An attached file that was not kept (issue 17 point 3); Input is the file box, Maximum the limit in MB.

    /// <summary>A file of 0 bytes.</summary>
    FileEmpty,
    /// <summary>Larger than the service takes.</summary>
    FileTooLarge,
    /// <summary>Not a PDF, JPEG or PNG by its content, whatever its name says.</summary>
    FileType,
    /// <summary>The virus scanner found something.</summary>
    FileInfected,
    /// <summary>Scanning is on and the scanner did not answer: the file is not kept unscanned.</summary>
    FileNotScanned,
    /// <summary>The application has as many files as it may have.</summary>
    TooManyFiles,
    /// <summary>The files of one post together exceed what a post may carry (it was stopped before it was read).</summary>
    FilesTooLargeTogether,
}

/// <summary>One answer that is not accepted.</summary>
/// <param name="Child">The child's index (0-based) for a per-child field, else null.</param>
/// <param name="Input">The input to put the cursor in: the field id, or the day box of a date.</param>
public sealed record AnswerProblem(FormField Field, int? Child, string Input, AnswerProblemKind Kind, decimal? Minimum = null, decimal? Maximum = null)
{
    /// <summary>About a file the parent attached, not about the answer to <see cref="Field"/> itself.</summary>
    public bool AboutFile => Kind >= AnswerProblemKind.FileEmpty;
}
