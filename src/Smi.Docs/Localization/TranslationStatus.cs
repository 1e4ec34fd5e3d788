namespace Smi.Docs.Localization;

/// <summary>
/// The states of a translation (locales/README.md): a machine draft, translated by a human, or reviewed by a second
/// human translator. Vertaald was added last, so the numbers of the first two stay what they were.
/// </summary>
public enum TranslationStatus
{
    Machinevertaling,
    Gecontroleerd,
    Vertaald,
}

internal static class TranslationStatusText
{
    public const string Machinevertaling = "machinevertaling";
    public const string Gecontroleerd = "gecontroleerd";
    public const string Vertaald = "vertaald";

    public static TranslationStatus? Parse(string text) => text switch
    {
        Machinevertaling => TranslationStatus.Machinevertaling,
        Gecontroleerd => TranslationStatus.Gecontroleerd,
        Vertaald => TranslationStatus.Vertaald,
        _ => null,
    };

    public static string Of(TranslationStatus status) => status switch
    {
        TranslationStatus.Gecontroleerd => Gecontroleerd,
        TranslationStatus.Vertaald => Vertaald,
        _ => Machinevertaling,
    };
}
