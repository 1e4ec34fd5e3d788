using System.Text.Json.Nodes;
using Smi.Docs.Cases;
using Smi.Docs.Html;
using Smi.Docs.Policy;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>The niet-in-behandeling example (Awb 4:5), variants of it, and what they render.</summary>
internal static class NietInBehandelingCases
{
    public const string DocumentId = "niet-in-behandeling";

    /// <summary>The family of the ontbrekende-gegevens example after its term: two of the three items never came.</summary>
    public const string Example = "niet-in-behandeling-na-hersteltermijn";

    /// <summary>The example after <paramref name="change"/>.</summary>
    public static string Changed(Action<JsonObject> change) => Input.CaseInput.Changed(Example, change);

    public static string Html(SmiCase zaak, MunicipalityProfile profile) =>
        new HtmlLetterRenderer().Render(Examples.Composer.Compose(zaak, profile, DocumentId, "nl"));
}
