namespace Smi.Docs.Server.Http;

/// <summary>The response headers the service adds; their names are part of the API (docs/server.md).</summary>
internal static class Headers
{
    /// <summary>The case's zaaknummer, the letter's "ons kenmerk".</summary>
    public const string Kenmerk = "X-Smi-Kenmerk";

    /// <summary>Pages of the PDF.</summary>
    public const string Paginas = "X-Smi-Paginas";

    /// <summary>SHA-256 of the template folder and its translations (<see cref="Hosting.TemplateVersion"/>).</summary>
    public const string Sjabloonversie = "X-Smi-Sjabloonversie";

    /// <summary>Codes of the warnings of a document that was made anyway (a fallback to Dutch, a differing berekening).</summary>
    public const string Waarschuwingen = "X-Smi-Waarschuwingen";
}
