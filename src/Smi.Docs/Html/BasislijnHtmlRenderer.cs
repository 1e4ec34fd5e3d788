using System.Net;
using System.Text;
using Smi.Docs.Policy.Basislijn;

namespace Smi.Docs.Html;

/// <summary>
/// The basislijn check as one self-contained HTML page a municipality can hand to its council: Dutch
/// (<c>lang="nl"</c>), one heading level per part, the counts, and a real table with header cells
/// (<c>scope</c>) per point. No date and no inline styles; the PDF route prints this same page.
/// </summary>
public static class BasislijnHtmlRenderer
{
    private static readonly string Css = ReadStylesheet();

    public static string Titel(BasislijnRapport rapport) => $"Toets aan de basislijn SMI: {rapport.Gemeente}";

    public static string Render(BasislijnRapport rapport)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        var titel = Titel(rapport);
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(titel)).Append("</title>\n<style>\n").Append(Css)
            .Append("@page {\n  @bottom-left { content: ").Append(HtmlLetterRenderer.CssString(titel))
            .Append("; font: 8pt \"Noto Sans\", sans-serif; color: #555; }\n")
            .Append("  @bottom-right { content: \"Pagina \" counter(page) \" van \" counter(pages); font: 8pt \"Noto Sans\", sans-serif; color: #555; }\n}\n")
            .Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(Encode(titel)).Append("</h1>\n")
            .Append("<p class=\"regeling\">Getoetst: ").Append(Encode(rapport.Regeling)).Append(" (profiel ").Append(Encode(rapport.ProfielId)).Append(")</p>\n")
            .Append("<h2>Hoe staat het ervoor?</h2>\n<p>").Append(Encode(rapport.Samenvatting)).Append("</p>\n<ul class=\"telling\">\n");
        foreach (var status in Enum.GetValues<BasislijnStatus>())
        {
            html.Append("<li class=\"").Append(Klasse(status)).Append("\"><strong>").Append(rapport.Aantal(status)).Append("</strong> ")
                .Append(Encode(BasislijnRapport.Label(status))).Append("</li>\n");
        }
        html.Append("</ul>\n<h2>De 15 punten</h2>\n<table>\n<caption>Uitkomst per punt van de basislijn SMI</caption>\n<thead>\n<tr>")
            .Append("<th scope=\"col\">Punt</th><th scope=\"col\">Wat de basislijn vraagt</th><th scope=\"col\">Uitkomst</th><th scope=\"col\">Waarom</th>")
            .Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var u in rapport.Uitkomsten)
        {
            html.Append("<tr><th scope=\"row\">").Append(u.Punt.Nummer).Append(". ").Append(Encode(u.Punt.Onderwerp)).Append("</th>")
                .Append("<td>").Append(Encode(u.Punt.Vraagt)).Append("</td>")
                .Append("<td class=\"status ").Append(Klasse(u.Status)).Append("\">").Append(Encode(BasislijnRapport.Label(u.Status))).Append("</td>")
                .Append("<td>").Append(Encode(u.Reden)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n<p class=\"uitleg\">")
            .Append(Encode("De basislijn SMI is een afspraak van SZW, VNG en gemeenten over de minimale dienstverlening bij SMI. "
                + "Deze toets kijkt alleen naar het profiel van de gemeente in Smi.Docs. ‘Niet te bepalen’ betekent: het profiel zegt het niet, of een profiel kan het niet laten zien."))
            .Append("</p>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Klasse(BasislijnStatus status) => status switch
    {
        BasislijnStatus.Voldoet => "voldoet",
        BasislijnStatus.VoldoetNiet => "voldoet-niet",
        _ => "niet-te-bepalen",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string ReadStylesheet()
    {
        using var stream = typeof(BasislijnHtmlRenderer).Assembly.GetManifestResourceStream("Smi.Docs.Html.basislijn.css")
            ?? throw new InvalidOperationException("basislijn.css is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
