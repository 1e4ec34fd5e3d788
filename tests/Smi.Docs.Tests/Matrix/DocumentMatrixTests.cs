using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Smi.Docs.Docx;
using Smi.Docs.Html;
using Smi.Docs.Pdf;
using Smi.Docs.Tests.Docx;
using Smi.Docs.Tests.EndToEnd;
using Smi.Docs.Tests.Pdf;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.Matrix;

/// <summary>Snapshots and format checks for every document × profile × format (issue 4 point 6).</summary>
public sealed class DocumentMatrixTests(ChromiumFixture chromium)
{
    public static TheoryData<string, string> All => DocumentMatrix.All();

    public static TheoryData<string, string> Decisions => DocumentMatrix.DecisionsByProfile();

    [Theory]
    [MemberData(nameof(All))]
    public void Html_matches_the_approved_snapshot(string document, string profile)
    {
        var html = new HtmlLetterRenderer().Render(DocumentMatrix.Compose(document, profile));

        Assert.Empty(new HtmlParser().ParseDocument(html).QuerySelectorAll("body [style], script"));
        Approvals.Verify(HtmlSnapshot.Normalize(html), $"{document}.{profile}", "html");
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Docx_is_valid_and_matches_the_approved_snapshot(string document, string profile)
    {
        var docx = new DocxRenderer().Render(DocumentMatrix.Compose(document, profile));

        Assert.Empty(DocxValidation.Errors(docx));
        Approvals.Verify(DocxDump.Dump(docx), $"{document}.{profile}.docx", "txt");
    }

    [NeedsChromium, NeedsPoppler]
    [Theory]
    [MemberData(nameof(All))]
    public async Task Pdf_is_tagged_with_embedded_fonts_and_matches_the_approved_snapshot(string document, string profile)
    {
        var renderer = new PdfDocumentRenderer(new HtmlLetterRenderer(), await chromium.GetPrinterAsync());
        var pdf = await renderer.RenderAsync(DocumentMatrix.Compose(document, profile), TestContext.Current.CancellationToken);

        Assert.True(PdfTools.IsTagged(pdf));
        Assert.All(PdfTools.Fonts(pdf), f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        Approvals.Verify($"pages: {PdfTools.PageCount(pdf)}\n\n{PdfTools.Text(pdf)}", $"{document}.{profile}.pdf", "txt");
    }

    /// <summary>
    /// Awb 3:45 (who may object, within six weeks, with whom, how) and 3:47 lid 2 (the legal basis) on every
    /// decision for every municipality, with that municipality's own regulation and address.
    /// </summary>
    [Theory]
    [MemberData(nameof(Decisions))]
    public void Every_decision_names_its_legal_basis_and_how_to_object(string document, string profile)
    {
        var policy = Examples.Profile(profile);
        var text = Text(DocumentMatrix.Compose(document, profile));

        Assert.Contains(policy.Regeling.Titel, text);
        // A grant cites the grant article; a refusal cites the article of each condition it applies; the decision not
        // to process an incomplete application rests on Awb 4:5.
        Assert.Contains(document switch
        {
            "afwijzing" => "artikel ",
            "niet-in-behandeling" => "artikel 4:5, eerste lid, van de Algemene wet bestuursrecht",
            _ => policy.Regeling.ArtikelToekenning,
        }, text);
        Assert.Contains("Dan kunt u bezwaar maken. Dat moet binnen zes weken.", text);
        Assert.Contains($"college van burgemeester en wethouders van {policy.Gemeente.Naam}", text);
        Assert.Contains(string.Join(", ", policy.Bezwaar.Postadres), text);
        Assert.Contains("Zet in uw bezwaar:", text);
        Assert.Contains($"namens {policy.Ondertekening.Namens}", text);
    }

    private static string Text(Documents.LetterDocument document) => EndToEnd.LetterText.Of(document);
}
