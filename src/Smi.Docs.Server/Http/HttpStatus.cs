using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Server.Http;

/// <summary>
/// The HTTP status of a request the core refused, from its diagnostics' codes and origins, as the CLI's exit code is
/// (docs/server.md has the table): what the caller sent is 4xx, what the installation lacks is 5xx.
/// </summary>
internal static class HttpStatus
{
    private static readonly InputBoundaryCodes Boundary = CaseCodes.Input.Boundary!;

    public static int For(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Definition).ToList();
        if (errors.Count == 0)
        {
            return StatusCodes.Status200OK;
        }
        // The profile is the caller's input on the command line; here it is the operator's, as the templates are.
        if (errors.Any(c => !c.Origin.IsCallerInput() || c.Origin is DiagnosticOrigin.Profile))
        {
            // The installation, not the request: Chromium missing or gone is temporary (503), the rest needs the operator (500).
            return errors.All(c => c.Origin is DiagnosticOrigin.Pdf || c == ServerCodes.Busy || c == ServerCodes.PdfSwitchedOff)
                ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status500InternalServerError;
        }
        if (errors.Contains(OptionCodes.UnknownDocument))
        {
            return StatusCodes.Status404NotFound;
        }
        if (errors.Contains(Boundary.FileTooLarge))
        {
            return StatusCodes.Status413PayloadTooLarge;
        }
        if (errors.Any(c => c == CaseCodes.Input.For(InputProblem.Malformed) || c == Boundary.NotUnicode || c == Boundary.TooDeep))
        {
            return StatusCodes.Status400BadRequest;
        }
        // A readable case that breaks the contract, or does not fit the document: 422. The request's own options: 400.
        return errors.Any(c => c.Origin is DiagnosticOrigin.Case or DiagnosticOrigin.Calculation || c == OptionCodes.CaseRequired || c == OptionCodes.CaseNotTaken)
            ? StatusCodes.Status422UnprocessableEntity
            : StatusCodes.Status400BadRequest;
    }
}
