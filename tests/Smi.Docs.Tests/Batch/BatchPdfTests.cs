using Smi.Docs.Tests.Cli;
using Smi.Docs.Tests.Pdf;
using static Smi.Docs.Tests.Batch.BatchFixture;

namespace Smi.Docs.Tests.Batch;

/// <summary>A batch with PDF: one Chromium for all items, and the index's page count is the one a PDF reader sees.</summary>
[NeedsChromium]
[NeedsPoppler]
public sealed class BatchPdfTests
{
    [Fact]
    public async Task The_index_gives_each_pdf_the_page_count_a_reader_finds()
    {
        var output = CliRunner.TempDirectory();

        var (exitCode, _, _) = await BatchCommandTests.Batch(Grants(4), output, "--doc", "toekenning", "--format", "pdf");

        Assert.Equal(0, exitCode);
        var rows = Index(output);
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(PdfTools.PageCount(File.ReadAllBytes(Path.Combine(output, r[3]))).ToString(System.Globalization.CultureInfo.InvariantCulture), r[4]));
    }
}
