using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;

namespace Smi.Docs.Server.Http;

/// <summary>
/// <c>?taal=</c>, <c>?bundel=</c> and <c>?terugval=</c>: the CLI's <c>--lang</c>, <c>--bundle</c> and <c>--fallback</c>,
/// read with the same rules and reported all at once.
/// </summary>
internal sealed record RequestOptions(DocumentLanguage Language, bool Bundle, bool FallbackToDutch)
{
    public static (RequestOptions? Options, Problem.ProblemResult? Refusal) Read(HttpRequest request)
    {
        var problems = new List<Diagnostic>();
        var language = DocumentLanguage.Dutch;
        try
        {
            language = DocumentComposer.ParseLanguage(request.Query["taal"].FirstOrDefault() ?? DocumentLanguage.Dutch.Code);
        }
        catch (SmiDocsException e)
        {
            problems.AddRange(e.Diagnostics.Select(d => d with { Location = new SourceLocation("?taal") }));
        }
        var bundle = false;
        if (request.Query["bundel"].FirstOrDefault() is { } bundel && !bool.TryParse(bundel, out bundle))
        {
            problems.Add(Diagnostic.Error(ServerCodes.InvalidParameter, "bundel takes true or false", new SourceLocation("?bundel")));
        }
        var fallback = request.Query["terugval"].FirstOrDefault();
        if (fallback is not null && fallback != DocumentLanguage.Dutch.Code)
        {
            problems.Add(Diagnostic.Error(OptionCodes.FallbackNotDutch, "terugval takes only 'nl': Dutch is the binding text every translation falls back to", new SourceLocation("?terugval")));
        }
        return problems.Count > 0
            ? (null, Problem.For(StatusCodes.Status400BadRequest, problems))
            : (new RequestOptions(language, bundle, fallback is not null), null);
    }
}
