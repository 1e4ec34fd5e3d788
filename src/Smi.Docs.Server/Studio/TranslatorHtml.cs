using System.Text;
using Smi.Docs.Formatting;
using Smi.Docs.Localization;
using static Smi.Docs.Server.Studio.StudioHtml;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// The translators' view's form: per segment the Dutch (codes as chips, changed lines marked with the word "gewijzigd",
/// not colour alone) beside the translation as fields for the text between its codes. Chips are text, not controls,
/// so the keyboard goes from field to field and never stops on one.
/// </summary>
internal static class TranslatorHtml
{
    private static readonly (TranslationStatus Status, string Label)[] Statuses =
    [
        (TranslationStatus.Machinevertaling, "Machinevertaling: nog door niemand nagekeken"),
        (TranslationStatus.Vertaald, "Vertaald: door een vertaler gemaakt of nagekeken"),
        (TranslationStatus.Gecontroleerd, "Gecontroleerd: door een tweede vertaler nagekeken"),
    ];

    public static string Form(HttpContext context, TranslatorText translation, IFormCollection? posted)
    {
        var template = translation.Template;
        var changed = translation.Rows.Count(r => r.Changed);
        var status = posted is not null && TranslationStatusText.Parse(posted["status"].ToString()) is { } chosen ? chosen : translation.Status;
        var html = new StringBuilder()
            .Append($"<form id=\"vertaal-form\" method=\"post\" action=\"{Encode(StudioRoutes.Translator(template.Document, template.Language.Code))}\">")
            .Append(Token(context))
            .Append($"<input type=\"hidden\" name=\"basis\" value=\"{Encode(translation.Fingerprint)}\">")
            .Append("<p class=\"utrecht-paragraph\">Links staat het Nederlands, rechts de vertaling. Codes zoals <span class=\"studio-chip\" translate=\"no\">{{ datum }}</span> vult de computer in: ")
            .Append("die blijven staan. U past alleen de tekst tussen de codes aan. De woorden in een code <span class=\"studio-chip\" translate=\"no\">{{ meervoud … }}</span> past u aan in de editor.</p>")
            .Append(translation.IsStale
                ? $"<p class=\"utrecht-paragraph\" id=\"gewijzigd-samenvatting\"><strong>Het Nederlands is veranderd sinds deze vertaling is bijgewerkt.</strong> {Count(changed, "segment is", "segmenten zijn")} gemarkeerd met ‘gewijzigd’.</p>"
                : "<p class=\"utrecht-paragraph\" id=\"gewijzigd-samenvatting\">De vertaling is bijgewerkt naar het huidige Nederlands.</p>")
            .Append("<div class=\"studio-form-field\"><label class=\"utrecht-form-label\" for=\"status\">Status van de vertaling</label>")
            .Append("<select class=\"utrecht-select utrecht-select--html-select\" id=\"status\" name=\"status\">")
            .Append(string.Concat(Statuses.Select(s =>
                $"<option value=\"{TranslationStatusText.Of(s.Status)}\"{(s.Status == status ? " selected" : "")}>{Encode(s.Label)}</option>")))
            .Append("</select></div>")
            .Append("<h2 class=\"utrecht-heading-2\">Tekst</h2>");
        foreach (var row in translation.Rows)
        {
            Segment(html, row, template.Language, posted);
        }
        if (translation.IsStale)
        {
            html.Append("<div class=\"studio-form-field\"><input class=\"utrecht-checkbox utrecht-checkbox--html-input\" type=\"checkbox\" id=\"bijgewerkt\" name=\"bijgewerkt\" value=\"ja\"> ")
                .Append("<label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"bijgewerkt\">De vertaling past weer bij het huidige Nederlands (de markering ‘gewijzigd’ verdwijnt)</label></div>");
        }
        return html
            .Append("<div class=\"studio-form-field\"><label class=\"utrecht-form-label\" for=\"opmerking\">Wat is er veranderd?</label>")
            .Append("<input class=\"utrecht-textbox utrecht-textbox--html-input\" id=\"opmerking\" name=\"opmerking\" type=\"text\"></div>")
            .Append("<div class=\"studio-actions\"><button type=\"submit\" class=\"utrecht-button utrecht-button--primary-action\">Concept opslaan</button></div>")
            .Append("</form>")
            .ToString();
    }

    private static void Segment(StringBuilder html, TranslatorRow row, DocumentLanguage language, IFormCollection? posted)
    {
        var heading = $"segment-{row.Number}";
        html.Append($"<section class=\"studio-segment{(row.Changed ? " studio-segment--changed" : "")}\" id=\"{heading}\" aria-labelledby=\"{heading}-kop\">")
            .Append($"<h3 class=\"utrecht-heading-3\" id=\"{heading}-kop\">Segment {row.Number}: {Encode(row.Label)}")
            .Append(row.Changed ? " <span class=\"studio-changed\">gewijzigd</span>" : "")
            .Append("</h3><div class=\"studio-segment__columns\">")
            .Append("<div class=\"studio-segment__dutch\" lang=\"nl\"><p class=\"studio-segment__label\">Nederlands</p>");
        Dutch(html, row);
        html.Append($"</div><div class=\"studio-segment__translation\" lang=\"{Encode(language.Tag)}\" dir=\"{(language.Direction == Documents.TextDirection.RightToLeft ? "rtl" : "ltr")}\">")
            .Append($"<p class=\"studio-segment__label\" lang=\"nl\" dir=\"ltr\">{Encode(language.Endonym)}</p>");
        if (row.Translation is null)
        {
            html.Append("<p class=\"utrecht-paragraph\" lang=\"nl\" dir=\"ltr\">Dit segment ontbreekt in de vertaling. Voeg het toe in de editor.</p>");
        }
        else if (!row.Editable)
        {
            html.Append("<p class=\"utrecht-paragraph\" lang=\"nl\" dir=\"ltr\">De codes van dit segment passen niet bij het Nederlands. Herstel dit in de editor.</p>")
                .Append($"<pre class=\"studio-segment__text\">{Encode(row.Translation.Text)}</pre>");
        }
        else
        {
            Fields(html, row, posted);
        }
        html.Append("</div></div></section>");
    }

    /// <summary>The Dutch line by line, its codes as chips; a changed line says so in words.</summary>
    private static void Dutch(StringBuilder html, TranslatorRow row)
    {
        var text = row.Dutch.Text;
        var position = 0;
        var lineStart = 0;
        for (var line = 0; lineStart <= text.Length; line++)
        {
            var lineEnd = text.IndexOf('\n', lineStart) is var end and >= 0 ? end : text.Length;
            var isChanged = row.ChangedLines.Contains(line);
            html.Append(isChanged ? "<p class=\"studio-line studio-line--changed\"><mark><span class=\"studio-changed\">gewijzigd</span> " : "<p class=\"studio-line\">");
            position = Math.Max(position, lineStart);
            foreach (var code in row.DutchCodes.Where(c => c.Start >= position && c.Start < lineEnd))
            {
                html.Append(Encode(text[position..code.Start])).Append(Chip(code.Text));
                position = code.End;
            }
            if (position < lineEnd)
            {
                html.Append(Encode(text[position..lineEnd]));
                position = lineEnd;
            }
            html.Append(isChanged ? "</mark></p>" : "</p>");
            lineStart = lineEnd + 1;
        }
    }

    private static void Fields(StringBuilder html, TranslatorRow row, IFormCollection? posted)
    {
        var pieces = row.Pieces;
        var fields = pieces.Count(p => !p.IsLayout);
        var number = 0;
        html.Append("<div class=\"studio-pieces\">");
        for (var k = 0; k < pieces.Count; k++)
        {
            if (!pieces[k].IsLayout)
            {
                number++;
                var name = row.FieldName(k);
                var value = posted is not null && posted.TryGetValue(name, out var sent) ? sent.ToString() : pieces[k].Words;
                var label = fields == 1 ? $"Vertaling van segment {row.Number}" : $"Vertaling van segment {row.Number}, deel {number} van {fields}";
                html.Append($"<label class=\"studio-visually-hidden\" for=\"{name}\" lang=\"nl\" dir=\"ltr\">{Encode(label)}</label>");
                if (row.IsFrontMatter || (!value.Contains('\n') && value.Length < 40 && fields > 1))
                {
                    html.Append($"<input class=\"utrecht-textbox utrecht-textbox--html-input studio-piece\" type=\"text\" id=\"{name}\" name=\"{name}\" value=\"{Encode(value)}\" size=\"{Math.Max(value.Length, 4)}\">");
                }
                else
                {
                    // The newline after the tag is eaten by the HTML parser, so a piece that starts with one keeps it.
                    html.Append($"<textarea class=\"utrecht-textarea studio-piece\" id=\"{name}\" name=\"{name}\" rows=\"{Math.Max(2, value.Count(c => c == '\n') + 2)}\">\n{Encode(value)}</textarea>");
                }
            }
            if (k < row.Codes.Count)
            {
                html.Append(Chip(row.Codes[k].Text));
            }
        }
        html.Append("</div>");
    }

    private static string Chip(string code) => $"<span class=\"studio-chip\" translate=\"no\" dir=\"ltr\">{Encode(code)}</span>";

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
