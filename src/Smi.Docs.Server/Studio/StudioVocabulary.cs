using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Smi.Docs.Composition;
using Smi.Docs.Templating;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// <c>/studio/{document}/{taal}/woorden</c>: the values and functions a template of this document can name, for the
/// editor's autocomplete (studio/src/autocomplete.js). The same for every municipality and language: the names come
/// from the view model, never from a case.
/// </summary>
internal static class StudioVocabulary
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
    private static readonly ConcurrentDictionary<string, byte[]> Answers = new(StringComparer.Ordinal);

    public static IResult Words(string document, string taal)
    {
        if (StudioTemplate.Find(document, taal) is null)
        {
            return Results.NotFound();
        }
        var answer = Answers.GetOrAdd(document, id =>
            JsonSerializer.SerializeToUtf8Bytes(TemplateVocabulary.For(DocumentDefinitions.Templates.Single(t => t.Id == id).ViewModelType), Json));
        return Results.Bytes(answer, "application/json");
    }
}
