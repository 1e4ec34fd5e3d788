using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Cli;

internal static class InputFiles
{
    public static SmiCase ReadCase(FileInfo file) =>
        CaseReader.Read(ReadText(file), file.Name);

    public static MunicipalityProfile ReadProfile(FileInfo file) => ProfileReader.Load(file.FullName);

    private static string ReadText(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new SmiDocsException(Diagnostic.Error(OptionCodes.FileNotFound, "file not found", new SourceLocation(file.FullName)));
        }
        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the kind of failure: the operating system's message may hold the path and more.
            throw new SmiDocsException(Diagnostic.Error(OptionCodes.FileUnreadable, $"file cannot be read ({e.GetType().Name})", new SourceLocation(file.FullName)));
        }
    }
}
