namespace Smi.Docs.Tests.Pdf;

/// <summary>
/// Hand-written print HTML shaped like the engine's output: @page A4 with a "Pagina X van Y" margin box,
/// explicit per-script font stacks (docs/architecture.md §5) and fictitious data only.
/// </summary>
internal static class PdfSamples
{
    private const string PrintCss = """
        @page {
          size: A4;
          margin: 25mm 20mm 30mm 25mm;
          @bottom-left { content: "Kenmerk SMI-2026-0042"; font: 8pt "Noto Sans"; }
          @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font: 8pt "Noto Sans"; }
        }
        body { font: 10.5pt/1.45 "Noto Sans", "Noto Naskh Arabic", sans-serif; color: #000; }
        h1 { font-size: 15pt; margin: 0 0 8pt; }
        h2 { font-size: 12pt; margin: 14pt 0 4pt; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border-bottom: 0.5pt solid #888; padding: 3pt 4pt; text-align: left; }
        td.bedrag { text-align: right; }
        .nieuwe-pagina { break-before: page; }
        """;

    /// <summary>Two pages: the decision and its table on page 1, the objection clause on page 2.</summary>
    public static string DutchLetter(string title = "Beschikking toekenning SMI") => $$"""
        <!doctype html>
        <html lang="nl">
        <head><meta charset="utf-8"><title>{{title}}</title><style>{{PrintCss}}</style></head>
        <body>
        <p>Gemeente Voorbeeld<br>Postbus 1<br>1000 AA Voorbeeld</p>
        <p>Familie De Vries<br>Dorpsstraat 12<br>1234 AB Voorbeeld</p>
        <h1>{{title}}</h1>
        <p>Geachte heer en mevrouw De Vries,</p>
        <p>U hebt op 3 maart 2026 kinderopvang aangevraagd om sociaal-medische redenen. Wij hebben besloten dat u deze
        vergoeding krijgt. In deze brief leest u wat dat betekent en wat u zelf betaalt.</p>
        <h2>Wat krijgt u?</h2>
        <table>
          <thead><tr><th scope="col">Maand</th><th scope="col">Uren</th><th scope="col">Vergoeding</th><th scope="col">Eigen bijdrage</th></tr></thead>
          <tbody>
            <tr><td>april 2026</td><td>64</td><td class="bedrag">€ 612,48</td><td class="bedrag">€ 38,00</td></tr>
            <tr><td>mei 2026</td><td>64</td><td class="bedrag">€ 612,48</td><td class="bedrag">€ 38,00</td></tr>
            <tr><td>juni 2026</td><td>48</td><td class="bedrag">€ 459,36</td><td class="bedrag">€ 28,50</td></tr>
          </tbody>
        </table>
        <h2>Wanneer betalen wij?</h2>
        <p>Wij betalen elke maand rechtstreeks aan de kinderopvang. U hoeft daarvoor niets te doen.</p>
        <h2 class="nieuwe-pagina">Bent u het niet eens met dit besluit?</h2>
        <p>Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken (artikel 6:7 Awb).</p>
        <p>Met vriendelijke groet,<br>het college van burgemeester en wethouders</p>
        </body>
        </html>
        """;

    /// <summary>Arabic sentences from the summary block, in logical (typing) order.</summary>
    public static readonly string[] ArabicSentences =
    [
        "قرار بشأن رعاية الأطفال لأسباب اجتماعية وطبية",
        "لقد قررنا أن تحصلوا على هذا التعويض",
    ];

    public static string ArabicLetter() => $$"""
        <!doctype html>
        <html lang="ar" dir="rtl">
        <head><meta charset="utf-8"><title>قرار</title><style>{{PrintCss}}
        body { font-family: "Noto Naskh Arabic", "Noto Sans", serif; }</style></head>
        <body>
        <h1>{{ArabicSentences[0]}}</h1>
        <p>{{ArabicSentences[1]}}</p>
        </body>
        </html>
        """;
}
