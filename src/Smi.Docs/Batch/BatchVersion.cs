using System.Security.Cryptography;
using System.Text;
using Smi.Docs.Templating;

namespace Smi.Docs.Batch;

/// <summary>
/// What an item's output depends on besides the item itself: the engine's own build (a new calculation or renderer
/// makes new letters), the profile's bytes and the <see cref="TemplateVersion"/> of the templates and translations.
/// It changes when any of them changes, so a resumed batch does not keep letters made with the old text.
/// </summary>
public static class BatchVersion
{
    public static string Of(string profileFile, string templatesDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(BatchVersion).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        hash.AppendData(File.ReadAllBytes(profileFile));
        hash.AppendData(Encoding.UTF8.GetBytes(TemplateVersion.Of(templatesDirectory)));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
