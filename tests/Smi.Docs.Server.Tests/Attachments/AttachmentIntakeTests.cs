using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Smi.Docs.Server.Attachments;

namespace Smi.Docs.Server.Tests.Attachments;

/// <summary>
/// A parent's file (issue 17 point 3): PDF, JPEG or PNG by content, within the size limit, scanned by a real ClamAV
/// daemon where scanning is on, kept per tenant outside the web root; anything refused leaves nothing behind.
/// </summary>
public sealed class AttachmentIntakeTests(ClamAvDaemon clamAv) : IClassFixture<ClamAvDaemon>, IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0];

    private readonly string _folder = Directory.CreateTempSubdirectory("smi-docs-bijlagen-").FullName;

    private AttachmentIntake Intake(string? clamAv, long maxBytes = 1024)
    {
        var settings = new AttachmentSettings(maxBytes, clamAv, TimeSpan.FromSeconds(10), _folder);
        return new AttachmentIntake(settings, new AttachmentStore(settings), NullLogger<AttachmentIntake>.Instance);
    }

    private string[] KeptFiles() => Directory.GetFiles(_folder, "*", SearchOption.AllDirectories);

    [Fact]
    public async Task A_clean_pdf_jpeg_and_png_are_scanned_and_kept_under_the_tenant_by_a_random_name()
    {
        var intake = Intake(clamAv.Address);

        foreach (var (content, kind) in new[] { (Pdf, AttachmentKind.Pdf), (Jpeg, AttachmentKind.Jpeg), (Png, AttachmentKind.Png) })
        {
            var result = await intake.TakeAsync("voorbeeldstad", content, Ct);
            var stored = Assert.IsType<StoredAttachment>(result.Stored);
            Assert.Null(result.Refusal);
            Assert.Equal(kind, stored.Kind);
            Assert.Equal(content, await new AttachmentStore(new AttachmentSettings(1024, null, TimeSpan.Zero, _folder)).ReadAsync("voorbeeldstad", stored.Id, kind, Ct));
        }
        Assert.All(KeptFiles(), f => Assert.Equal(Path.Combine(_folder, "voorbeeldstad"), Path.GetDirectoryName(f)));
        Assert.All(KeptFiles(), f => Assert.Matches("^[0-9a-f]{32}\\.(pdf|jpg|png)$", Path.GetFileName(f)));
    }

    [Fact]
    public async Task The_eicar_test_file_behind_a_png_header_is_found_by_clamav_and_nothing_is_kept()
    {
        // The PNG signature in front passes the type check, so only the scan can stop it.
        var infectedPng = Png.Concat(ClamAvDaemon.Eicar).ToArray();

        var result = await Intake(clamAv.Address).TakeAsync("voorbeeldstad", infectedPng, Ct);

        Assert.Equal(AttachmentRefusal.Infected, result.Refusal);
        Assert.Null(result.Stored);
        Assert.Empty(KeptFiles());
    }

    [Fact]
    public async Task The_scanner_names_clamavs_signature_for_eicar_and_finds_a_pdf_clean()
    {
        var scanner = new ClamAvScanner(clamAv.Address, TimeSpan.FromSeconds(10));

        var (outcome, signature) = await scanner.ScanAsync(ClamAvDaemon.Eicar, Ct);

        Assert.Equal(ScanOutcome.Infected, outcome);
        Assert.StartsWith(ClamAvDaemon.SignatureName, signature);
        Assert.Equal(ScanOutcome.Clean, (await scanner.ScanAsync(Pdf, Ct)).Outcome);
        // Without a type it never reaches the scanner: the bare EICAR file is no PDF, JPEG or PNG.
        Assert.Equal(AttachmentRefusal.NotAllowedType, (await Intake(clamAv.Address).TakeAsync("voorbeeldstad", ClamAvDaemon.Eicar, Ct)).Refusal);
    }

    [Fact]
    public async Task A_fake_pdf_an_empty_and_an_oversized_file_are_refused_by_their_content_before_any_scan()
    {
        var intake = Intake(clamAv.Address, maxBytes: 64);
        var program = "MZ\u0090\0 dit is geen pdf"u8.ToArray();

        Assert.Equal(AttachmentRefusal.NotAllowedType, (await intake.TakeAsync("voorbeeldstad", program, Ct)).Refusal);
        Assert.Equal(AttachmentRefusal.Empty, (await intake.TakeAsync("voorbeeldstad", Array.Empty<byte>(), Ct)).Refusal);
        Assert.Equal(AttachmentRefusal.TooLarge, (await intake.TakeAsync("voorbeeldstad", Pdf.Concat(new byte[64]).ToArray(), Ct)).Refusal);
        Assert.Empty(KeptFiles());
    }

    [Fact]
    public async Task With_scanning_on_and_no_daemon_answering_a_file_is_refused_not_kept_unscanned()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // a port nobody listens on

        var result = await Intake($"tcp://127.0.0.1:{port}").TakeAsync("voorbeeldstad", Pdf, Ct);

        Assert.Equal(AttachmentRefusal.ScannerUnavailable, result.Refusal);
        Assert.Empty(KeptFiles());
    }

    [Fact]
    public async Task A_tenants_files_are_out_of_another_tenants_reach_and_deleting_removes_the_file()
    {
        var intake = Intake(clamAv: null);
        var stored = (await intake.TakeAsync("voorbeeldstad", Pdf, Ct)).Stored!;
        var store = new AttachmentStore(new AttachmentSettings(1024, null, TimeSpan.Zero, _folder));

        Assert.Null(await store.ReadAsync("beemster", stored.Id, AttachmentKind.Pdf, Ct));
        Assert.Null(await store.ReadAsync("voorbeeldstad", "../" + stored.Id, AttachmentKind.Pdf, Ct));
        Assert.Throws<ArgumentException>(() => store.Delete("../voorbeeldstad", stored.Id, AttachmentKind.Pdf));
        Assert.True(store.Delete("voorbeeldstad", stored.Id, AttachmentKind.Pdf));
        Assert.Empty(KeptFiles());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
