using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Smi.Docs.Server.Tests.Api;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// A parent's browser without script: plain GETs and form POSTs with the cookie kept, redirects followed. Each step's
/// answers are what a parent types (spaces in the IBAN and postcode, small letters), so the server's normalising is tested.
/// </summary>
/// <param name="server">The address of the service on Kestrel (<c>UseKestrel</c>); null: the in-memory test server.</param>
internal sealed partial class FormFlow(TestService service, string gemeente = "voorbeeldstad", string taal = "nl", Uri? server = null)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Client { get; } = service.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = true,
        HandleCookies = true,
        BaseAddress = server ?? new WebApplicationFactoryClientOptions().BaseAddress,
    });

    public string Root => $"/formulier/{gemeente}";

    public string Query => "?taal=" + taal;

    /// <summary>The last page: its address and HTML.</summary>
    public (string Path, string Html, HttpStatusCode Status) Last { get; private set; }

    /// <summary>The distinctive answers of the whole form, by step (1-based); a test changes one to make an error.</summary>
    public static Dictionary<int, Dictionary<string, string>> Answers() => new()
    {
        [1] = new()
        {
            ["aanvrager-voorletters"] = "q x",
            ["aanvrager-tussenvoegsel"] = "van",
            ["aanvrager-achternaam"] = "Vrzlquistenbosch",
            ["aanvrager-bsn"] = "111222333",
            ["adres-straat"] = "Pluzwanderlaan 27",
            ["adres-postcode"] = "1234ab",
            ["adres-plaats"] = "Ktorvlimstede",
            ["aanvrager-telefoon"] = "06 12345678",
            ["aanvrager-email"] = "q.x@qxjvw.example",
        },
        [2] = new() { ["partner-aanwezig"] = "nee" },
        [3] = new()
        {
            ["kinderopvangtoeslag"] = "nee",
            ["kinderen"] = "1",
            ["k0.kind-voornaam"] = "Zwibbelientje",
            ["k0.kind-achternaam"] = "van Vrzlquistenbosch",
            ["k0.kind-geboortedatum-dag"] = "14",
            ["k0.kind-geboortedatum-maand"] = "3",
            ["k0.kind-geboortedatum-jaar"] = "2025",
            ["k0.kind-bsn"] = "123456782",
            ["k0.kind-opvangsoort"] = "dagopvang",
            ["k0.kind-organisatie"] = "Kinderopvang Fnorkelhuis",
            ["k0.kind-lrk"] = "184 629 375",
            ["k0.kind-dagen"] = "2",
            ["k0.kind-uren"] = "21",
            ["k0.kind-uurprijs"] = "11,85",
            ["k0.kind-startdatum-dag"] = "1",
            ["k0.kind-startdatum-maand"] = "12",
            ["k0.kind-startdatum-jaar"] = "2026",
        },
        [4] = new()
        {
            ["reden-betreft"] = "aanvrager",
            ["reden-momenten"] = "Dinsdag en donderdag overdag.",
            ["reden-waarom"] = "Ik heb dan behandeling bij Prxwaldinger en moet daarna rusten.",
            ["reden-duur"] = "6 maanden",
            ["reden-netwerk"] = "ja",
        },
        [5] = new() { ["inkomen-aanvrager"] = "2100" },
        [6] = new() { ["betaling-aan"] = "ouder", ["betaling-iban"] = "nl91 abna 0417 1643 00" },
        [7] = new(),
        [8] = new() { ["ondertekening-aanvrager"] = "ja" },
        [9] = new(),
    };

    public async Task<string> GetAsync(string path)
    {
        var response = await Client.GetAsync(path, Ct);
        return await ReadAsync(response);
    }

    public async Task<string> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var body = withToken && TokenIn(Last.Html) is { } token ? fields.Append(KeyValuePair.Create("__formulier", token)) : fields;
        var response = await Client.PostAsync(path, new FormUrlEncodedContent(body), Ct);
        return await ReadAsync(response);
    }

    /// <summary>A POST as a browser sends a page with file boxes (multipart/form-data): the fields, the token and each file by box.</summary>
    public async Task<string> PostFilesAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, params (string Box, string FileName, string MediaType, byte[] Content)[] files)
    {
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in TokenIn(Last.Html) is { } token ? fields.Append(KeyValuePair.Create("__formulier", token)) : fields)
        {
            body.Add(new StringContent(value), name);
        }
        foreach (var (box, fileName, mediaType, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
            body.Add(part, box, fileName);
        }
        var response = await Client.PostAsync(path, body, Ct);
        return await ReadAsync(response);
    }

    /// <summary>Begins a new application: the start page, then its button.</summary>
    public async Task BeginAsync()
    {
        await GetAsync(Root + Query);
        await PostAsync($"{Root}/beginnen{Query}", []);
        Assert.EndsWith("/stap/1" + Query, Last.Path, StringComparison.Ordinal);
    }

    /// <summary>Sends one step (on its own page) with its answers and <c>actie=volgende</c>.</summary>
    public async Task<string> StepAsync(int step, IReadOnlyDictionary<string, string> answers, string action = "volgende")
    {
        if (!Last.Path.EndsWith($"/stap/{step}{Query}", StringComparison.Ordinal))
        {
            await GetAsync($"{Root}/stap/{step}{Query}");
        }
        return await PostAsync($"{Root}/stap/{step}{Query}", answers.Append(KeyValuePair.Create("actie", action)));
    }

    /// <summary>Every step with <paramref name="answers"/>, ending on the check-your-answers page.</summary>
    public async Task FillAllAsync(Dictionary<int, Dictionary<string, string>> answers)
    {
        foreach (var (step, values) in answers.OrderBy(a => a.Key))
        {
            await StepAsync(step, values);
            Assert.True(Last.Path.EndsWith(step == answers.Count ? "/controle" + Query : $"/stap/{step + 1}{Query}", StringComparison.Ordinal),
                $"step {step} went to {Last.Path}: {Errors(Last.Html)}");
        }
    }

    public async Task SendAsync()
    {
        await GetAsync($"{Root}/controle{Query}");
        await PostAsync($"{Root}/versturen{Query}", []);
    }

    public static string? Code(string html) => CodePattern().Match(html) is { Success: true } m ? m.Value : null;

    /// <summary>The links of the error summary (the hrefs), in order.</summary>
    public static IReadOnlyList<string> Errors(string html) =>
        SummaryPattern().Match(html) is { Success: true } summary ? LinkPattern().Matches(summary.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList() : [];

    public static string Title(string html) => WebUtility.HtmlDecode(TitlePattern().Match(html).Groups[1].Value);

    private async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        Last = (response.RequestMessage!.RequestUri!.PathAndQuery, html, response.StatusCode);
        return html;
    }

    private static string? TokenIn(string html) => TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("name=\"__formulier\" value=\"([0-9a-f]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("[A-HJ-NP-TW-Z2-9]{4}-[A-HJ-NP-TW-Z2-9]{4}-[A-HJ-NP-TW-Z2-9]{4}")]
    private static partial Regex CodePattern();

    [GeneratedRegex("<div class=\"utrecht-alert utrecht-alert--error formulier-fouten\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex SummaryPattern();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<title>(.*?)</title>")]
    private static partial Regex TitlePattern();
}
