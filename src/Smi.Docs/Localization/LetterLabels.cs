using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;

namespace Smi.Docs.Localization;

/// <summary>The fixed words of the letter frame in one language, from the <c>kader</c> texts.</summary>
public sealed record LetterLabels(
    string Date,
    string Reference,
    string Subject,
    string ContactPerson,
    string Phone,
    string Email,
    string PageBefore,
    string PageBetween,
    string PageAfter,
    string LogoAlternativeText)
{
    public static LetterLabels From(FixedTexts texts)
    {
        // "Pagina {pagina} van {paginas}": each format inserts its own page counters between these words.
        var page = texts["kader.pagina"];
        var placeholders = TextPlaceholders.Find(page);
        var first = placeholders.FirstOrDefault(p => p.Name == "pagina");
        var second = placeholders.FirstOrDefault(p => p.Name == "paginas");
        if (first is null || second is null || second.Start < first.Start)
        {
            throw new SmiDocsException(Diagnostic.Error(TemplateDiagnosticCodes.FixedTextMissing,
                "'kader.pagina' needs {pagina} and then {paginas}, e.g. \"Pagina {pagina} van {paginas}\"", SourceLocation.InFile(texts.FileName, 1, 1)));
        }
        return new LetterLabels(
            texts["kader.datum"],
            texts["kader.kenmerk"],
            texts["kader.onderwerp"],
            texts["kader.contactpersoon"],
            texts["kader.telefoon"],
            texts["kader.email"],
            page[..first.Start],
            page[first.End..second.Start],
            page[second.End..],
            texts["kader.logo"]);
    }
}
