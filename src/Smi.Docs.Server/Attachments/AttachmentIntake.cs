namespace Smi.Docs.Server.Attachments;

/// <summary>Why a file was not taken; the form says it to the parent in the parent's language.</summary>
internal enum AttachmentRefusal
{
    Empty,
    TooLarge,

    /// <summary>Not a PDF, JPEG or PNG by its content, whatever its name says.</summary>
    NotAllowedType,
    Infected,

    /// <summary>Scanning is on and the scanner did not answer: the file is not kept unscanned.</summary>
    ScannerUnavailable,
}

/// <summary>A file taken (kept in the store) or refused (nothing kept).</summary>
internal sealed record AttachmentResult(StoredAttachment? Stored, AttachmentRefusal? Refusal)
{
    public static AttachmentResult Refused(AttachmentRefusal refusal) => new(null, refusal);
}

/// <summary>
/// Takes a parent's file (issue 17 point 3): not empty, within the size limit, a PDF, JPEG or PNG by its content, and,
/// where scanning is on (the service has a scanner, or the tenant's profile demands one), clean by ClamAV — only then
/// kept, under the tenant's own folder. An attachment is evidence for the municipality's officer; it is never put into a
/// letter.
/// </summary>
internal sealed class AttachmentIntake(AttachmentSettings settings, AttachmentStore store, ILogger<AttachmentIntake> logger)
{
    private readonly ClamAvScanner? scanner = settings.ClamAv is { } address ? new ClamAvScanner(address, settings.ScanTimeout) : null;

    public bool Scans => scanner is not null;

    /// <param name="scanRequired">The municipality wants every file scanned (profile <c>formulier.virusscan</c>): without a
    /// scanner configured, no file is taken.</param>
    public async Task<AttachmentResult> TakeAsync(string tenantId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken, bool scanRequired = false)
    {
        if (content.IsEmpty)
        {
            return AttachmentResult.Refused(AttachmentRefusal.Empty);
        }
        if (content.Length > settings.MaxBytes)
        {
            return AttachmentResult.Refused(AttachmentRefusal.TooLarge);
        }
        if (AttachmentKinds.Sniff(content.Span) is not { } kind)
        {
            return AttachmentResult.Refused(AttachmentRefusal.NotAllowedType);
        }
        if (scanner is null && scanRequired)
        {
            logger.LogWarning("Attachment refused for tenant {Tenant}: its profile asks for a virus scan and the service has no scanner (Smi:Attachments:ClamAv)", tenantId);
            return AttachmentResult.Refused(AttachmentRefusal.ScannerUnavailable);
        }
        if (scanner is not null)
        {
            var (outcome, signature) = await scanner.ScanAsync(content, cancellationToken);
            if (outcome != ScanOutcome.Clean)
            {
                // The signature's name is ClamAV's, not the parent's; the file itself and its name never reach the log.
                logger.LogWarning("Attachment refused for tenant {Tenant}: scan {Outcome} {Signature}", tenantId, outcome, signature);
                return AttachmentResult.Refused(outcome == ScanOutcome.Infected ? AttachmentRefusal.Infected : AttachmentRefusal.ScannerUnavailable);
            }
        }
        return new AttachmentResult(await store.SaveAsync(tenantId, kind, content, cancellationToken), null);
    }
}
