using System.Net;
using Smi.Docs.Cli;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary><c>POST /api/v1/validaties</c> and <c>POST /api/v1/berekeningen</c>.</summary>
public sealed class CaseEndpointTests(SharedService shared) : IClassFixture<SharedService>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_valid_case_for_its_document_is_200_geldig()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/validaties?document=toekenning", Case()), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Parse(await response.Content.ReadAsStringAsync(Ct))["geldig"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_case_that_does_not_fit_its_document_is_422_with_the_document_s_own_check()
    {
        // A toekenning case has no afwijzing block, which the afwijzing requires (SMI1101).
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/validaties?document=afwijzing", Case()), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("SMI1101", Codes(await ProblemAsync(response)));
    }

    [Fact]
    public async Task Validation_reports_every_problem_of_the_case_at_once()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/validaties", Json("""{"zaaknummer": "Z", "onbekendVeld": 1}""")), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var codes = Codes(await ProblemAsync(response));
        Assert.Contains("SMI1004", codes);
        Assert.True(codes.Count(c => c == "SMI1002") >= 5, string.Join(",", codes));
    }

    [Fact]
    public async Task Validation_without_a_body_is_415()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/validaties", null), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task The_calculation_is_the_json_smi_docs_bereken_prints()
    {
        var caseFile = RepoPaths.Case("toekenning-een-kind-dagopvang");
        var output = new StringWriter();
        var exit = await SmiDocsCli.RunAsync(["bereken", caseFile, "--profile", RepoPaths.Profile("voorbeeldstad"), "--json"], output, new StringWriter(), Ct);

        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/berekeningen", Case()), Ct);

        Assert.Equal(0, exit);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(output.ToString().TrimEnd(), await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_calculation_of_an_invalid_case_is_422()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/berekeningen", Json("""{"zaaknummer": "Z"}""")), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("SMI1002", Codes(await ProblemAsync(response)));
    }
}
