namespace Smi.Docs.Diagnostics;

/// <summary>
/// The catalogues built into the engine: SMI8xxx the rejection reasons (data/afwijzingsgronden.yaml), SMI90xx the
/// missing items (data/ontbrekende-gegevens.yaml). A problem here is found by the tests before a release.
/// </summary>
public static class CatalogueCodes
{
    public static readonly InputCodes AfwijzingsgrondenInput = new("SMI8", DiagnosticOrigin.Catalogue, "YAML", "key");
    public static readonly DiagnosticCode AfwijzingsgrondCodeOngeldig = new("SMI8011", DiagnosticOrigin.Catalogue, Severity.Error, "Reason code not in lower-case words");
    public static readonly DiagnosticCode AfwijzingsgrondenLeeg = new("SMI8012", DiagnosticOrigin.Catalogue, Severity.Error, "Rejection catalogue empty");

    public static readonly InputCodes OntbrekendeGegevensInput = new("SMI9", DiagnosticOrigin.Catalogue, "YAML", "key");
    public static readonly DiagnosticCode OntbrekendGegevenCodeOngeldig = new("SMI9011", DiagnosticOrigin.Catalogue, Severity.Error, "Item code not in lower-case words");
    public static readonly DiagnosticCode OntbrekendeGegevensLeeg = new("SMI9012", DiagnosticOrigin.Catalogue, Severity.Error, "Missing-items catalogue empty");
}
