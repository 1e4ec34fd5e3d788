using System.Text;
using System.Text.Json;
using Smi.Docs.Cases;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;

namespace Smi.Docs.Batch;

/// <summary>
/// What one batch item asks for: a plain case takes the batch's document and language; an envelope
/// <c>{"document", "taal", "zaak"}</c> names its own, so one batch can mix documents and languages. Problems come
/// back as diagnostics for the item's report line, located at the item's source.
/// </summary>
internal sealed record BatchRequest(SmiCase? Zaak, string? Document, string? Language, IReadOnlyList<Diagnostic> Problems)
{
    public static BatchRequest Read(BatchItem item, string? defaultDocument, string defaultLanguage)
    {
        if (item.Content is null)
        {
            return Failed(item.Source, defaultDocument, defaultLanguage, null, item.Problem ?? "the item could not be read");
        }
        string? document = defaultDocument;
        var language = defaultLanguage;
        var caseText = Decode(item.Content);
        var envelope = Envelope(item.Content);
        if (envelope is { } e)
        {
            document = e.Document ?? defaultDocument;
            language = e.Language ?? defaultLanguage;
            if (e.Problem is { } problem)
            {
                return Failed(item.Source, document, language, e.ProblemPath, problem);
            }
            caseText = e.CaseJson;
        }
        if (document is null)
        {
            return new BatchRequest(null, null, language, [Diagnostic.Error(OptionCodes.BatchDocumentMissing,
                "the item names no document; give --doc for the batch or wrap the case as {\"document\": …, \"taal\": …, \"zaak\": {…}}",
                SourceLocation.AtJsonPath(item.Source, "$"))]);
        }
        if (caseText is null)
        {
            return new BatchRequest(null, document, language, []);
        }
        try
        {
            var zaak = CaseReader.Read(caseText, item.Source);
            return new BatchRequest(zaak, document, language, []) { Kenmerk = zaak.Zaaknummer };
        }
        catch (SmiDocsException error)
        {
            var problems = envelope is null ? error.Diagnostics : error.Diagnostics.Select(InEnvelope).ToList();
            return new BatchRequest(null, document, language, problems) { Kenmerk = KenmerkOf(caseText) };
        }
    }

    /// <summary>
    /// The case's own reference, also when the case could not be read: the report line of a refused case names it, so the
    /// case worker finds the case without counting lines. The municipality's reference, never a personal value.
    /// </summary>
    public string? Kenmerk { get; init; }

    private static string? KenmerkOf(string caseText)
    {
        try
        {
            using var json = JsonDocument.Parse(caseText, new JsonDocumentOptions { MaxDepth = 64 });
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("zaaknummer", out var zaaknummer)
                && zaaknummer.ValueKind == JsonValueKind.String
                && zaaknummer.GetString() is { Length: > 0 and <= 200 } text
                && !text.Any(char.IsControl)
                ? text
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static BatchRequest Failed(string source, string? document, string language, string? path, string message) =>
        new(null, document, language, [Diagnostic.Error(OptionCodes.BatchItemUnreadable, message, SourceLocation.AtJsonPath(source, path ?? "$"))]);

    // Strict UTF-8 is the case reader's job (it reports where); here a bad byte only means "not an envelope".
    private static string Decode(byte[] content) => Encoding.UTF8.GetString(content);

    /// <summary>The case reader's paths start at the case; in an envelope the case sits under <c>zaak</c>. Lines and
    /// columns counted in the extracted case would point at the wrong place in the item, so only the path is kept.</summary>
    private static Diagnostic InEnvelope(Diagnostic diagnostic) => diagnostic with
    {
        Location = new SourceLocation(diagnostic.Location.File, JsonPath: diagnostic.Location.JsonPath is { } path ? "$.zaak" + path[1..] : "$.zaak"),
    };

    private sealed record EnvelopeParts(string? Document, string? Language, string? CaseJson, string? Problem = null, string? ProblemPath = null);

    /// <summary>An object with a <c>zaak</c> key is an envelope; anything else (a case, or text that is not JSON) is
    /// left to the case reader, whose messages say where the JSON is wrong.</summary>
    private static EnvelopeParts? Envelope(byte[] content)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("zaak", out var zaak))
            {
                return null;
            }
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("document" or "taal" or "zaak"))
                {
                    return new EnvelopeParts(null, null, null, "an envelope has only 'document', 'taal' and 'zaak'; remove this key", $"$.{property.Name}");
                }
            }
            var document = Text(root, "document", out var documentProblem);
            var language = Text(root, "taal", out var languageProblem);
            if ((documentProblem ?? languageProblem) is { } problem)
            {
                return new EnvelopeParts(document, language, null, problem, documentProblem is null ? "$.taal" : "$.document");
            }
            return zaak.ValueKind switch
            {
                JsonValueKind.Object => new EnvelopeParts(document, language, zaak.GetRawText()),
                JsonValueKind.Null => new EnvelopeParts(document, language, null),
                _ => new EnvelopeParts(document, language, null, "'zaak' must be the case as a JSON object (or null for a document made without a case)", "$.zaak"),
            };
        }
    }

    private static string? Text(JsonElement root, string key, out string? problem)
    {
        problem = null;
        if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            problem = $"'{key}' must be text";
            return null;
        }
        return value.GetString();
    }

    /// <summary>The language asked for, as the composer parses it (SMI4001 when unknown).</summary>
    public DocumentLanguage ParsedLanguage => DocumentComposer.ParseLanguage(Language!);
}
