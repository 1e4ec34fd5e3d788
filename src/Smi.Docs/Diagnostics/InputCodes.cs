using System.Globalization;

namespace Smi.Docs.Diagnostics;

/// <summary>
/// The ten codes x001–x010 of one input family (SMI1001–SMI1010 for cases, SMI2001–SMI2010 for profiles, …): the
/// same problem has the same last three digits in every family, so integrators learn them once. Codes x011 and up
/// are the family's own and are declared one by one.
/// </summary>
public sealed class InputCodes
{
    // The number is the InputProblem's value; {0} is the format, {1} how a key is called in it.
    private static readonly (InputProblem Problem, string Title)[] Meanings =
    [
        (InputProblem.Malformed, "Malformed {0}"),
        (InputProblem.Missing, "Required {1} missing"),
        (InputProblem.WrongType, "Wrong type"),
        (InputProblem.UnknownKey, "Unknown {1}"),
        (InputProblem.DuplicateKey, "Duplicate {1}"),
        (InputProblem.InvalidDate, "Invalid date"),
        (InputProblem.UnknownValue, "Value not allowed"),
        (InputProblem.NumberOutOfRange, "Number too large or too precise"),
        (InputProblem.Negative, "Negative number"),
        (InputProblem.AboveMaximum, "Above the maximum"),
    ];

    /// <param name="family">The code without its last three digits, e.g. <c>SMI1</c>.</param>
    /// <param name="format">The file format as titles name it: JSON or YAML.</param>
    /// <param name="keyNoun">How a key is called in messages: "field" in JSON, "key" in YAML.</param>
    internal InputCodes(string family, DiagnosticOrigin origin, string format, string keyNoun)
    {
        KeyNoun = keyNoun;
        All = Meanings
            .Select(m => new DiagnosticCode($"{family}{(int)m.Problem:000}", origin, Severity.Error, string.Format(CultureInfo.InvariantCulture, m.Title, format, keyNoun)))
            .ToList();
    }

    public string KeyNoun { get; }

    /// <summary>The family's own codes for the input boundary (size, encoding, text, precision); null where the files are the installation's own.</summary>
    public InputBoundaryCodes? Boundary { get; init; }

    /// <summary>x001 to x010, in order.</summary>
    public IReadOnlyList<DiagnosticCode> All { get; }

    internal DiagnosticCode For(InputProblem problem) => All[Array.FindIndex(Meanings, m => m.Problem == problem)];
}
