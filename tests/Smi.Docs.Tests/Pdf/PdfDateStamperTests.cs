using System.Text;
using Smi.Docs.Pdf;

namespace Smi.Docs.Tests.Pdf;

public sealed class PdfDateStamperTests
{
    private const string Info = "1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261123052850+00'00')\n"
        + "/ModDate (D:20261123052850+00'00')>>\nendobj\nxref\n";

    [Fact]
    public void Rewrites_both_dates_and_keeps_the_length()
    {
        var pdf = Encoding.ASCII.GetBytes(Info);

        var stamped = Encoding.ASCII.GetString(PdfDateStamper.Stamp(pdf, new DateTime(2026, 4, 1)));

        Assert.Equal(Info.Replace("20261123052850", "20260401000000"), stamped);
        Assert.Equal(pdf.Length, stamped.Length);
    }

    [Fact]
    public void Unspecified_time_stays_on_its_day_and_utc_is_written_as_is()
    {
        Assert.Equal("D:20260401000000+00'00'", PdfDateStamper.Format(new DateTime(2026, 4, 1)));
        Assert.Equal("D:20261231235959+00'00'", PdfDateStamper.Format(new DateTime(2026, 12, 31, 23, 59, 59, DateTimeKind.Utc)));
    }

    [Fact]
    public void Unexpected_date_length_fails_instead_of_corrupting_the_xref()
    {
        var pdf = Encoding.ASCII.GetBytes("/CreationDate (D:20261123052850Z)");

        var error = Assert.Throws<InvalidOperationException>(() => PdfDateStamper.Stamp(pdf, new DateTime(2026, 4, 1)));
        Assert.Contains("Chromium", error.Message);
    }
}
