namespace Smi.Docs.PlainLanguage;

/// <summary>
/// Counts syllables in a Dutch word by counting vowel sounds, the heuristic Flesch-Douma needs
/// (docs/plain-language.md, "Syllables"). Reading left to right, the longest known vowel spelling at each
/// vowel is one sound: three letters (aai, ooi, oei, eeu, ieu), two letters (aa, ee, oo, uu, ie, ei, ij,
/// ui, ou, au, oe, eu) or one vowel (a, e, i, o, u, y and accented forms). So "bioscoop" is bi-o-scoop
/// (i, o, oo: 3) and "ideaal" i-de-aal (i, e, aa: 3). A diaeresis starts a new sound (financi-ë-le,
/// ge-ïn-for-meerd). The j of ij is part of the vowel; elsewhere j, w and other letters are consonants.
/// Hyphenated parts are counted apart; a part without any vowel (LRK, t/m) counts as one syllable, as
/// does a number, so every word has at least one.
/// </summary>
internal static class DutchSyllables
{
    private static readonly string[] Trigraphs = ["aai", "ooi", "oei", "eeu", "ieu"];
    private static readonly string[] Digraphs = ["aa", "ee", "oo", "uu", "ie", "ei", "ëi", "ij", "ui", "ou", "au", "oe", "eu"];

    public static int Count(string word)
    {
        var total = 0;
        foreach (var part in word.ToLowerInvariant().Split(['-', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            total += Math.Max(1, CountPart(part));
        }
        return Math.Max(1, total);
    }

    private static int CountPart(string part)
    {
        var count = 0;
        var i = 0;
        while (i < part.Length)
        {
            if (!IsVowel(part[i]))
            {
                i++;
                continue;
            }
            count++;
            i += StartsWithAny(part, i, Trigraphs) ? 3 : StartsWithAny(part, i, Digraphs) ? 2 : 1;
        }
        return count;
    }

    private static bool StartsWithAny(string part, int index, string[] spellings)
    {
        foreach (var spelling in spellings)
        {
            if (string.CompareOrdinal(part, index, spelling, 0, spelling.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsVowel(char c) => "aeiouyáéíóúàèëïöüâêîôû".Contains(c);
}
