using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Smi.Docs.Cases;
using Smi.Docs.Html;
using Smi.Docs.Policy;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>The one-reason afwijzing example with other reasons, and the visible text of what it renders.</summary>
internal static class AfwijzingCases
{
    public const string OneReason = "afwijzing-voorliggende-voorziening";

    /// <summary>The one-reason example with its reasons replaced by <paramref name="redenen"/> (code, toelichting).</summary>
    public static string WithReasons(params (string Code, string? Toelichting)[] redenen)
    {
        var root = JsonNode.Parse(File.ReadAllText(TestPaths.Case(OneReason)))!.AsObject();
        var list = new JsonArray();
        foreach (var (code, toelichting) in redenen)
        {
            var reden = new JsonObject { ["code"] = code };
            if (toelichting is not null)
            {
                reden["toelichting"] = toelichting;
            }
            list.Add(reden);
        }
        root["afwijzing"] = new JsonObject { ["redenen"] = list };
        return root.ToJsonString();
    }

    public static string Html(SmiCase zaak, MunicipalityProfile profile) =>
        new HtmlLetterRenderer().Render(Examples.Composer.Compose(zaak, profile, "afwijzing", "nl"));
}
