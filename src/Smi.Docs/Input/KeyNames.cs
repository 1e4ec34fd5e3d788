using System.Globalization;

namespace Smi.Docs.Input;

/// <summary>
/// How a key from the input may appear in a message or a path. A key is data too: a name or an IBAN used as a key,
/// a newline that forges a diagnostic line, an escape code for the terminal, a megabyte of text. So a key is shown
/// only when it is a short token of ASCII letters, '-' and '_' (docs/diagnostics.md): our keys have no digits, and a
/// key with digits is data (an IBAN, a BSN, a date). Any other key is named by its position in its object.
/// </summary>
internal static class KeyNames
{
    public const int MaximumShownLength = 40;

    public static bool IsToken(string key) =>
        key.Length is > 0 and <= MaximumShownLength && key.All(c => char.IsAsciiLetter(c) || c is '-' or '_');

    /// <summary>The path step for the key at <paramref name="index"/> that may not be shown: <c>$.aanvrager.#3</c>.</summary>
    public static string PositionStep(int index) => "#" + index.ToString(CultureInfo.InvariantCulture);
}
