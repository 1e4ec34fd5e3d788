using System.Text.Json.Nodes;

namespace Smi.Docs.Forms;

/// <summary>
/// What a sent online application still lacks, as the codes of the ontbrekende-gegevens catalogue
/// (<c>data/ontbrekende-gegevens.yaml</c>): an attachment the municipality needs that the parent neither attached nor
/// ticked as sent later by post or e-mail, or an income not filled in. The hulpverlener's letter is asked "als ik die heb", so it is never counted missing.
/// </summary>
public static class FormMissingItems
{
    public const string Attachments = "bijlagen";

    /// <summary>The catalogue codes, each once, in the order the form asks for them.</summary>
    public static IReadOnlyList<string> Of(FormAnswers answers)
    {
        var sent = FormAnswers.Ticked(answers.Values, Attachments).Concat(answers.Bestanden.Select(b => b.Soort)).ToHashSet(StringComparer.Ordinal);
        var partner = answers.Get("partner-aanwezig") == "ja";
        var missing = new List<string>();
        if (!sent.Contains("inkomen") || answers.Get("inkomen-aanvrager") is null
            || (partner && (!sent.Contains("inkomen-partner") || answers.Get("inkomen-partner") is null)))
        {
            missing.Add("inkomensgegevens");
        }
        if (!sent.Contains("opvang"))
        {
            missing.Add("contract-of-offerte-kinderopvang");
        }
        // The bank card only when the money goes to the parent (the option says so).
        if (answers.Get("betaling-aan") == "ouder" && !sent.Contains("bankpas"))
        {
            missing.Add("kopie-bankpas");
        }
        return missing;
    }

    /// <summary>Whether the parent still has something to send by post or e-mail: ticked to send later, or not attached at all.</summary>
    public static bool SendsLater(FormAnswers answers) =>
        FormAnswers.Ticked(answers.Values, Attachments).Count > 0 || Of(answers).Count > 0;

    /// <summary>The stored case with <c>ontbrekend.items</c> set to <paramref name="codes"/>: the ontbrekende-gegevens letter's input.</summary>
    public static JsonObject WithMissing(JsonObject zaak, IEnumerable<string> codes)
    {
        var copy = (JsonObject)zaak.DeepClone();
        copy["ontbrekend"] = new JsonObject { ["items"] = new JsonArray([.. codes.Select(c => (JsonNode)new JsonObject { ["code"] = c })]) };
        return copy;
    }
}
