using Microsoft.Net.Http.Headers;
using Smi.Docs.Diagnostics;
using Smi.Docs.Pipeline;

namespace Smi.Docs.Server.Http;

/// <summary>
/// Which formats a document request wants: <c>?formaat=html,pdf</c> (read as the CLI reads <c>--format</c>; several
/// come back as one zip) or else the <c>Accept</c> header, best quality first; PDF, the letter as it is posted, when
/// neither says.
/// </summary>
internal static class ResponseFormat
{
    public const string FormatParameter = "formaat";

    public static (IReadOnlyList<string>? Formats, Problem.ProblemResult? Refusal) Negotiate(HttpRequest request)
    {
        if (request.Query[FormatParameter] is { Count: > 0 } asked)
        {
            try
            {
                return (DocumentFormats.Parse(string.Join(',', asked.Select(a => a ?? ""))), null);
            }
            catch (SmiDocsException e)
            {
                return (null, Problem.For(StatusCodes.Status400BadRequest, [.. e.Diagnostics.Select(d => d with { Location = new SourceLocation("?" + FormatParameter) })]));
            }
        }
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept.Select(a => a ?? "").ToList(), out var accepted) || accepted.Count == 0)
        {
            return ([DocumentFormats.Pdf], null);
        }
        foreach (var type in accepted.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.MatchesAllTypes)
            {
                return ([DocumentFormats.Pdf], null);
            }
            var match = MediaTypes.Formats.FirstOrDefault(f => type.MediaType.Equals(f.MediaType, StringComparison.OrdinalIgnoreCase));
            if (match.Format is not null)
            {
                return ([match.Format], null);
            }
        }
        return (null, Problem.For(StatusCodes.Status406NotAcceptable, [Diagnostic.Error(ServerCodes.NotAcceptable,
            $"none of the accepted media types is made here; accept {string.Join(", ", MediaTypes.Formats.Select(f => f.MediaType))}, or name formats with ?{FormatParameter}=",
            new SourceLocation("Accept"))]));
    }
}
