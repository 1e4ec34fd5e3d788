namespace Smi.Docs.Composition;

/// <summary>The catalogue a letter lists from (data/ in Dutch, locales/&lt;taal&gt;/catalogi/ in a translation).</summary>
public enum LetterCatalogue
{
    None,
    Afwijzingsgronden,
    OntbrekendeGegevens,
}
