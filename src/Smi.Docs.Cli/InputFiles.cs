using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Cli;

internal static class InputFiles
{
    // CaseReader.Load and ProfileReader.Load keep the size budget and strict UTF-8 of the input boundary (docs/diagnostics.md).
    public static SmiCase ReadCase(FileInfo file) =>
        file.Exists
            ? Read(file, () => CaseReader.Load(file.FullName, file.Name))
            : throw new SmiDocsException(Diagnostic.Error(OptionCodes.FileNotFound, "file not found", new SourceLocation(file.FullName)));

    /// <summary>A missing profile is the profile reader's own SMI2012, located like its other problems.</summary>
    public static MunicipalityProfile ReadProfile(FileInfo file) => Read(file, () => ProfileReader.Load(file.FullName));

    private static T Read<T>(FileInfo file, Func<T> load)
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the kind of failure: the operating system's message may hold the path and more.
            throw new SmiDocsException(Diagnostic.Error(OptionCodes.FileUnreadable, $"file cannot be read ({e.GetType().Name})", new SourceLocation(file.FullName)));
        }
    }
}
