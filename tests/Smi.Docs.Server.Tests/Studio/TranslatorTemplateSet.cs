namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// A municipality's own template set in a temporary folder: the repository's templates/ and locales/, with one
/// sentence of the Dutch toekenning changed after its translations were made, so they are stale by that one line.
/// </summary>
internal sealed class TranslatorTemplateSet : IDisposable
{
    public const string OldSentence = "Wij hebben uw aanvraag bekeken.";
    public const string NewSentence = "Wij hebben uw aanvraag goed bekeken.";

    private TranslatorTemplateSet(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>The set's templates/ folder, as a tenant names it.</summary>
    public string Templates => Path.Combine(Folder, "templates");

    public string Toekenning => Path.Combine(Templates, "toekenning", "toekenning.sbn-md");

    public static async Task<TranslatorTemplateSet> WithChangedDutchAsync(CancellationToken cancellationToken)
    {
        var set = new TranslatorTemplateSet(Directory.CreateTempSubdirectory("smi-studio-vertalen-").FullName);
        foreach (var (from, to) in new[] { (RepoPaths.Templates, "templates"), (Path.Combine(RepoPaths.Root, "locales"), "locales") })
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(set.Folder, to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        var dutch = await File.ReadAllTextAsync(set.Toekenning, cancellationToken);
        Assert.Contains(OldSentence, dutch);
        await File.WriteAllTextAsync(set.Toekenning, dutch.Replace(OldSentence, NewSentence, StringComparison.Ordinal), cancellationToken);
        return set;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
