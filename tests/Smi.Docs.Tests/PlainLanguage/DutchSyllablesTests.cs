using Smi.Docs.PlainLanguage;

namespace Smi.Docs.Tests.PlainLanguage;

public sealed class DutchSyllablesTests
{
    [Theory]
    [InlineData("kind", 1)]
    [InlineData("huis", 1)]              // ui is one sound
    [InlineData("nieuw", 1)]             // ieu
    [InlineData("mooi", 1)]              // ooi
    [InlineData("aanvraag", 2)]          // aan-vraag
    [InlineData("kinderen", 3)]          // kin-de-ren
    [InlineData("bioscoop", 3)]          // bi-o-scoop: io is not one sound
    [InlineData("ideaal", 3)]            // i-de-aal
    [InlineData("uitzonderlijk", 4)]     // uit-zon-der-lijk: ij is one sound
    [InlineData("opzegtermijn", 4)]      // op-zeg-ter-mijn
    [InlineData("Belastingdienst", 4)]   // be-las-ting-dienst
    [InlineData("geïnformeerd", 4)]      // ge-ïn-for-meerd: the diaeresis starts a sound
    [InlineData("financiële", 5)]        // fi-nan-ci-ë-le
    [InlineData("tegemoetkoming", 5)]    // te-ge-moet-ko-ming
    [InlineData("kinderopvangtoeslag", 6)] // kin-der-op-vang-toe-slag
    [InlineData("voorzieningenrechter", 6)] // voor-zie-nin-gen-rech-ter
    [InlineData("LRK-nummer", 3)]        // a part without vowels counts as one
    [InlineData("2026", 1)]              // a number counts as one
    public void Counts_vowel_sounds(string word, int syllables)
    {
        Assert.Equal(syllables, DutchSyllables.Count(word));
    }
}
