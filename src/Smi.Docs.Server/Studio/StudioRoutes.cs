namespace Smi.Docs.Server.Studio;

/// <summary>The studio's addresses, in one place for the pages that link to each other.</summary>
internal static class StudioRoutes
{
    public const string Root = "/studio";
    public const string SignIn = Root + "/inloggen";
    public const string SignOut = Root + "/uitloggen";
    public const string Accounts = Root + "/gebruikers";
    public const string Assets = Root + "/assets";
    public const string Exchange = Root + "/uitwisselen";
    public const string Export = Exchange + "/sjablonen.zip";

    public static string Editor(string document, string language) => $"{Root}/{Uri.EscapeDataString(document)}/{Uri.EscapeDataString(language)}";

    public static string Check(string document, string language) => Editor(document, language) + "/controle";

    public static string Preview(string document, string language) => Editor(document, language) + "/voorbeeld";

    public static string Pdf(string document, string language) => Editor(document, language) + "/pdf";

    public static string SaveDraft(string document, string language) => Editor(document, language) + "/concept";

    public static string Translator(string document, string language) => Editor(document, language) + "/vertalen";

    public static string Xliff(string document, string language) => Editor(document, language) + "/xliff";

    public static string Changes(string document, string language) => Editor(document, language) + "/wijzigingen";

    public static string BaseDifference(string document, string language) => Editor(document, language) + "/basis";

    public static string Versions(string document, string language) => Editor(document, language) + "/versies";

    /// <summary>voorstellen, publiceren or terugzetten one version (<see cref="VersionsPage"/>).</summary>
    public static string VersionAction(string document, string language, string id, string action) => $"{Versions(document, language)}/{Uri.EscapeDataString(id)}/{action}";
}
