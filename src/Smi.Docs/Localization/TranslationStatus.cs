namespace Smi.Docs.Localization;

/// <summary>The two states of a translation (locales/README.md): a machine draft or reviewed by a human translator.</summary>
public enum TranslationStatus
{
    Machinevertaling,
    Gecontroleerd,
}

internal static class TranslationStatusText
{
    public const string Machinevertaling = "machinevertaling";
    public const string Gecontroleerd = "gecontroleerd";

    public static TranslationStatus? Parse(string text) => text switch
    {
        Machinevertaling => TranslationStatus.Machinevertaling,
        Gecontroleerd => TranslationStatus.Gecontroleerd,
        _ => null,
    };

    public static string Of(TranslationStatus status) =>
        status == TranslationStatus.Gecontroleerd ? Gecontroleerd : Machinevertaling;
}
