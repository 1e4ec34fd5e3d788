using System.Reflection;

namespace Smi.Docs.Diagnostics;

/// <summary>
/// Every diagnostic code the engine and its tools can report. A code is declared once, as a field of one of the
/// classes below; docs/diagnostics.md documents each, and a test keeps the two in step and finds code text outside them.
/// </summary>
public static class DiagnosticRegistry
{
    internal static IReadOnlyList<Type> DeclaringTypes { get; } =
    [
        typeof(CaseCodes),
        typeof(ProfileCodes),
        typeof(TemplateDiagnosticCodes),
        typeof(OptionCodes),
        typeof(CalculationCodes),
        typeof(PlainLanguageCodes),
        typeof(FormCodes),
        typeof(CatalogueCodes),
        typeof(LocalizationCodes),
        typeof(PdfCodes),
        typeof(ServerCodes),
    ];

    public static IReadOnlyList<DiagnosticCode> All { get; } = DeclaringTypes.SelectMany(Declared).ToList();

    private static IEnumerable<DiagnosticCode> Declared(Type type)
    {
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            switch (field.GetValue(null))
            {
                case DiagnosticCode code:
                    yield return code;
                    break;
                case InputCodes family:
                    foreach (var code in family.All)
                    {
                        yield return code;
                    }
                    break;
            }
        }
    }
}
