using Smi.Docs.Docx;
using Smi.Docs.Tests.Docx;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>The examples the document matrix does not render, in Word: valid Open XML and the approved content.</summary>
public sealed class ExampleDocxTests
{
    public static TheoryData<string, string?, string> BeyondMatrix => DocumentExamples.BeyondMatrix();

    /// <summary>A letter, a pre-filled form and a text without a case: each path into the renderer once.</summary>
    public static TheoryData<string, string?, string> Deterministic => new()
    {
        { "toekenning", TestPaths.ToekenningCases[0], "voorbeeldstad" },
        { "aanvraagformulier", "aanvraagformulier-voorgevuld", "voorbeeldstad" },
        { "publiekstekst", null, "beemster" },
    };

    [Theory]
    [MemberData(nameof(BeyondMatrix))]
    public void Docx_is_valid_and_matches_the_approved_snapshot(string document, string? caseName, string profile)
    {
        var docx = new DocxRenderer().Render(DocumentExamples.Compose(document, caseName, profile));

        Assert.Empty(DocxValidation.Errors(docx));
        Approvals.Verify(DocxDump.Dump(docx), DocumentExamples.SnapshotName(document, caseName, profile) + ".docx", "txt");
    }

    [Theory]
    [MemberData(nameof(Deterministic))]
    public void Same_input_gives_the_same_docx_bytes(string document, string? caseName, string profile)
    {
        var renderer = new DocxRenderer();

        Assert.Equal(
            renderer.Render(DocumentExamples.Compose(document, caseName, profile)),
            renderer.Render(DocumentExamples.Compose(document, caseName, profile)));
    }
}
