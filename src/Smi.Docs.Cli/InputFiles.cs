using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Cli;

internal static class InputFiles
{
    public static SmiCase ReadCase(FileInfo file) =>
        CaseReader.Read(ReadText(file), file.Name);

    public static MunicipalityProfile ReadProfile(FileInfo file) => ProfileReader.Load(file.FullName);

    private static string ReadText(FileInfo file) =>
        file.Exists
            ? File.ReadAllText(file.FullName)
            : throw new SmiDocsException(Diagnostic.Error(OptionCodes.FileNotFound, "file not found", new SourceLocation(file.FullName)));
}
