using System.Text.RegularExpressions;

namespace Smi.Docs.Cases;

/// <summary>
/// Checks a Dutch IBAN (ISO 13616): <c>NL</c>, two check digits, a four-letter bank code and ten
/// digits, optionally grouped by single spaces as printed on a bank card (<c>NL91 ABNA 0417 1643 00</c>).
/// </summary>
internal static partial class Iban
{
    public static bool HasDutchFormat(string text) => DutchFormat().IsMatch(text);

    /// <summary>ISO 7064 MOD 97-10: the rearranged number, letters as 10–35, leaves remainder 1.</summary>
    public static bool HasValidCheckDigits(string text)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal);
        var rearranged = compact[4..] + compact[..4];
        var remainder = 0;
        foreach (var c in rearranged)
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
        }
        return remainder == 1;
    }

    [GeneratedRegex("^NL[0-9]{2} ?[A-Z]{4} ?[0-9]{4} ?[0-9]{4} ?[0-9]{2}$")]
    private static partial Regex DutchFormat();
}
