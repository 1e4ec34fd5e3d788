using System.Text.Json.Nodes;
using Smi.Docs.Cases;
using Smi.Docs.Documents;
using Smi.Docs.Html;
using Smi.Docs.Policy;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>The ontbrekende-gegevens example, variants of it, and what they render.</summary>
internal static class OntbrekendeGegevensCases
{
    public const string DocumentId = "ontbrekende-gegevens";

    public const string Example = "ontbrekende-gegevens-inkomen-en-contract";

    /// <summary>One item, sent so the last day falls on Christmas Day: the Algemene termijnenwet moves it.</summary>
    public const string Feestdag = "ontbrekende-gegevens-handtekening-feestdag";

    public static IReadOnlyList<string> All { get; } = [Example, Feestdag];

    /// <summary>Every example case with every example profile (issue 4 points 5 and 6): the letter follows each policy.</summary>
    public static TheoryData<string, string> AllWithProfiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var profile in Policy.SeedProfiles.Ids)
        {
            foreach (var caseName in All)
            {
                data.Add(profile, caseName);
            }
        }
        return data;
    }

    /// <summary>The example with its items replaced by <paramref name="items"/> (code, toelichting).</summary>
    public static string WithItems(params (string Code, string? Toelichting)[] items) => Changed(root =>
    {
        var list = new JsonArray();
        foreach (var (code, toelichting) in items)
        {
            var item = new JsonObject { ["code"] = code };
            if (toelichting is not null)
            {
                item["toelichting"] = toelichting;
            }
            list.Add(item);
        }
        root["ontbrekend"] = new JsonObject { ["items"] = list };
    });

    /// <summary>The example after <paramref name="change"/>.</summary>
    public static string Changed(Action<JsonObject> change) => Input.CaseInput.Changed(Example, change);

    public static LetterDocument Compose(string caseName) => Compose("voorbeeldstad", caseName);

    public static LetterDocument Compose(string profileId, string caseName) =>
        Examples.Composer.Compose(Examples.Case(caseName), Policy.SeedProfiles.Load(profileId), DocumentId, "nl");

    public static string Html(SmiCase zaak, MunicipalityProfile profile) =>
        new HtmlLetterRenderer().Render(Examples.Composer.Compose(zaak, profile, DocumentId, "nl"));
}
