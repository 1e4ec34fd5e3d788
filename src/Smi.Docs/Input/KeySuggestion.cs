namespace Smi.Docs.Input;

/// <summary>
/// Suggests the known key nearest to a misspelt one ("uurpijs" → "uurprijs"), because an unknown key
/// is nearly always a typo and the fix is then obvious from the message alone.
/// </summary>
internal static class KeySuggestion
{
    private const int MaximumEdits = 2;

    public static string? Closest(string key, IEnumerable<string> known) =>
        known
            .Select(k => (Key: k, Distance: Distance(key.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(c => c.Distance <= MaximumEdits && c.Distance < key.Length)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key)
            .FirstOrDefault();

    // Levenshtein distance with two rows; keys are short.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
