using System.Globalization;

namespace Smi.Docs.Input;

/// <summary>
/// The characters a text from the input may not hold: control characters (a line break or an escape code has no
/// place in a name or a reason, and would reach a terminal), a surrogate without its pair, U+FFFD (what a broken byte
/// was turned into) and the non-characters U+FFFE/U+FFFF. Direction controls stay allowed: the letter shows them as
/// their code point (Formatting/InertText), and joiners (U+200C, U+200D) are part of Persian and Indic names.
/// </summary>
internal static class TextCharacters
{
    public static bool AreValid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c) || IsRefused(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsRefused(char c) =>
        char.GetUnicodeCategory(c) == UnicodeCategory.Control || c is '\uFFFD' or '\uFFFE' or '\uFFFF';
}
