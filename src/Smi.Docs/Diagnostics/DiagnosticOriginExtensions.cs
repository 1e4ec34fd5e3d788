namespace Smi.Docs.Diagnostics;

public static class DiagnosticOriginExtensions
{
    /// <summary>
    /// True when the caller sent something wrong (the CLI exits with 2, an API answers 4xx); false when the
    /// installation is (exit 1, 5xx): its templates, tables, forms, catalogues, translations or browser, or the machine (a full disk).
    /// </summary>
    public static bool IsCallerInput(this DiagnosticOrigin origin) => origin switch
    {
        DiagnosticOrigin.Case or DiagnosticOrigin.Profile or DiagnosticOrigin.Options or DiagnosticOrigin.Calculation => true,
        DiagnosticOrigin.Template or DiagnosticOrigin.TariffTables or DiagnosticOrigin.PlainLanguage or DiagnosticOrigin.FormDefinition
            or DiagnosticOrigin.Catalogue or DiagnosticOrigin.Localization or DiagnosticOrigin.Pdf or DiagnosticOrigin.Machine => false,
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };
}
