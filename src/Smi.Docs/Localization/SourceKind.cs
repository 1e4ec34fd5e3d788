namespace Smi.Docs.Localization;

/// <summary>What kind of Dutch source a translation copies; the YAML kinds differ in which values are text.</summary>
public enum SourceKind
{
    Template,
    Teksten,
    FormDefinition,
    Afwijzingsgronden,
    OntbrekendeGegevens,
}
