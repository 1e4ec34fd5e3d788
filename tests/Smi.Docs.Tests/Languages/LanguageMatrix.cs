using Smi.Docs.Documents;
using Smi.Docs.Formatting;
using Smi.Docs.Tests.EndToEnd;
using Smi.Docs.Tests.Matrix;

namespace Smi.Docs.Tests.Languages;

/// <summary>Every model document × every translation, for the basislijn profile (voorbeeldstad), as issue 5 point 7 asks.</summary>
internal static class LanguageMatrix
{
    public static IReadOnlyList<DocumentLanguage> Translations { get; } = DocumentLanguage.All.Where(l => !l.IsDutch).ToList();

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var (document, _) in DocumentMatrix.Documents)
        {
            foreach (var language in Translations)
            {
                data.Add(document, language.Code);
            }
        }
        return data;
    }

    public static LetterDocument Compose(string document, string language)
    {
        var caseName = DocumentMatrix.Documents.Single(d => d.Document == document).Case;
        return Examples.Composer.Compose(caseName is null ? null : Examples.Case(caseName), Examples.Voorbeeldstad, document, language);
    }

    /// <summary>The texts a translation was written with, read as the engine reads them.</summary>
    public static FixedTexts Texts(string language) =>
        FixedTexts.Load(Path.Combine(TestPaths.Root, "locales", language, "teksten.yaml"), $"locales/{language}/teksten.yaml");
}
