using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Cli;

internal static class InputFiles
{
    // CaseReader.Load keeps the size budget and strict UTF-8 of the input boundary (docs/diagnostics.md).
    public static SmiCase ReadCase(FileInfo file) =>
        file.Exists
            ? CaseReader.Load(file.FullName, file.Name)
            : throw new SmiDocsException(Diagnostic.Error(OptionCodes.FileNotFound, "file not found", new SourceLocation(file.FullName)));

    public static MunicipalityProfile ReadProfile(FileInfo file) => ProfileReader.Load(file.FullName);
}
