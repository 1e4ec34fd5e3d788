using System.Security.Cryptography;
using Smi.Docs.Forms;

namespace Smi.Docs.Server.Attachments;

/// <summary>A kept file: its id (random, the only name it has on disk), kind, size and SHA-256.</summary>
internal sealed record StoredAttachment(string Id, AttachmentKind Kind, long Length, string Sha256)
{
    /// <summary>As the application's answers list it, as the attachment <paramref name="soort"/> of the form.</summary>
    public FormAttachment As(string soort) => new(Id, soort, AttachmentKinds.Extension(Kind), Length, Sha256);
}

/// <summary>
/// Parents' files on disk, one folder per tenant under <see cref="AttachmentSettings.Folder"/>, outside the web root
/// and never served as static files. A file is written to a temporary name and moved into place, so a crash leaves no
/// half-written attachment; ids are random, so the parent's file name (personal: "ontslagbrief Jansen.pdf") is never kept.
/// </summary>
internal sealed class AttachmentStore(AttachmentSettings settings)
{
    public async Task<StoredAttachment> SaveAsync(string tenantId, AttachmentKind kind, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var folder = TenantFolder(tenantId);
        Directory.CreateDirectory(folder);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var target = PathOf(folder, id, kind);
        var temporary = target + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, target);
        return new StoredAttachment(id, kind, content.Length, Convert.ToHexStringLower(SHA256.HashData(content.Span)));
    }

    /// <summary>The file's bytes; null when this tenant has no file with this id.</summary>
    public async Task<byte[]?> ReadAsync(string tenantId, string id, AttachmentKind kind, CancellationToken cancellationToken) =>
        IsId(id) && File.Exists(PathOf(TenantFolder(tenantId), id, kind)) ? await File.ReadAllBytesAsync(PathOf(TenantFolder(tenantId), id, kind), cancellationToken) : null;

    /// <summary>Removes the file itself (retention, or a parent taking it back): deleted, not hidden.</summary>
    public bool Delete(string tenantId, string id, AttachmentKind kind)
    {
        var path = IsId(id) ? PathOf(TenantFolder(tenantId), id, kind) : null;
        if (path is null || !File.Exists(path))
        {
            return false;
        }
        File.Delete(path);
        return true;
    }

    /// <summary>The bytes of a file an application lists; null when it is not (or no longer) there.</summary>
    public Task<byte[]?> ReadAsync(string tenantId, FormAttachment file, CancellationToken cancellationToken) =>
        AttachmentKinds.FromExtension(file.Type) is { } kind ? ReadAsync(tenantId, file.Id, kind, cancellationToken) : Task.FromResult<byte[]?>(null);

    public bool Delete(string tenantId, FormAttachment file) =>
        AttachmentKinds.FromExtension(file.Type) is { } kind && Delete(tenantId, file.Id, kind);

    /// <summary>Tenant ids come from our own database; the check keeps a path from ever being built from anything else.</summary>
    private string TenantFolder(string tenantId) =>
        tenantId.Length > 0 && tenantId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? Path.Combine(Path.GetFullPath(settings.Folder), tenantId)
            : throw new ArgumentException("not a tenant id", nameof(tenantId));

    private static bool IsId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    private static string PathOf(string folder, string id, AttachmentKind kind) => Path.Combine(folder, $"{id}.{AttachmentKinds.Extension(kind)}");
}
