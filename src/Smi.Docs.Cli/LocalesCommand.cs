using System.CommandLine;
using Smi.Docs.Diagnostics;
using Smi.Docs.Localization;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>smi-docs locales status|mark-updated|export|import</c>: the translators' tools (issue 5, locales/README.md).
/// Problems are SMI10xxx and exit 1; a stale translation is a warning (exit 0), since it still says what the Dutch
/// said when it was made.
/// </summary>
internal static class LocalesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rootOption = new Option<DirectoryInfo?>("--root")
        {
            Description = "Folder with templates/, data/ and locales/ (default: the current folder if it has templates/ and locales/, else the folder of smi-docs).",
            Recursive = true,
        };
        return new Command("locales", "Translations: status, mark-updated, XLIFF 2.0 export and import.")
        {
            rootOption,
            Status(rootOption, output, error),
            MarkUpdated(rootOption, output, error),
            Export(rootOption, output, error),
            Import(rootOption, output, error),
        };
    }

    private static Command Status(Option<DirectoryInfo?> rootOption, TextWriter output, TextWriter error)
    {
        var langOption = new Option<string?>("--lang") { Description = $"Only this language: {string.Join(", ", Formatting.DocumentLanguage.All.Where(l => !l.IsDutch).Select(l => $"{l.Code} {l.DisplayName}"))}." };
        var command = new Command("status", "Per language and file: complete, missing, stale (with what changed in the Dutch) or mismatch. Exit 1 when a file is missing or mismatched, else 0.")
        {
            langOption,
        };
        command.SetAction(parse => Run(error, async () =>
        {
            var root = Root(parse.GetValue(rootOption));
            var languages = parse.GetValue(langOption) is { } lang ? [Language(root, lang)] : LocaleSources.Languages(root);
            var checker = new LocaleChecker(root);
            var failed = false;
            foreach (var language in languages)
            {
                var reports = checker.Check(language);
                await output.WriteLineAsync(language);
                foreach (var report in reports)
                {
                    await output.WriteAsync(LocaleStatusText.Describe(report));
                }
                await output.WriteLineAsync(LocaleStatusText.Totals(language, reports));
                failed |= reports.Any(r => r.State is FileState.Missing or FileState.Mismatch);
            }
            return failed ? ExitCodes.Failure : ExitCodes.Ok;
        }));
        return command;
    }

    private static Command MarkUpdated(Option<DirectoryInfo?> rootOption, TextWriter output, TextWriter error)
    {
        var arguments = new Argument<string[]>("taal-en-bestanden") { Description = "The language, then the translations (or Dutch sources) brought up to date.", Arity = ArgumentArity.ZeroOrMore };
        var allOption = new Option<bool>("--all") { Description = "Every existing translation of the language." };
        var allLanguagesOption = new Option<bool>("--all-languages") { Description = "Every existing translation of every language." };
        var command = new Command("mark-updated", "Record the current Dutch as the source of translations: sets bronHash, stores the Dutch in locales/bron/ and prunes entries no translation uses.")
        {
            arguments, allOption, allLanguagesOption,
        };
        command.SetAction(parse => Run(error, async () =>
        {
            var root = Root(parse.GetValue(rootOption));
            var given = parse.GetValue(arguments) ?? [];
            var marker = new LocaleMarker(root);
            var work = new List<(string Language, IReadOnlyList<LocaleSource> Sources)>();
            if (parse.GetValue(allLanguagesOption))
            {
                work.AddRange(LocaleSources.Languages(root).Select(l => (l, (IReadOnlyList<LocaleSource>)Existing(root, l, marker.Sources))));
            }
            else if (given.Length == 0 || (given.Length == 1) != parse.GetValue(allOption))
            {
                await error.WriteLineAsync("error: give a language and files, a language and --all, or --all-languages; e.g. 'smi-docs locales mark-updated en locales/en/toekenning/toekenning.sbn-md'");
                return ExitCodes.BadInput;
            }
            else
            {
                var language = Language(root, given[0]);
                work.Add((language, parse.GetValue(allOption) ? Existing(root, language, marker.Sources) : marker.Resolve(language, given[1..])));
            }
            foreach (var (language, sources) in work)
            {
                foreach (var path in marker.Mark(language, sources))
                {
                    await output.WriteLineAsync($"{path}: bronHash set to the current Dutch");
                }
            }
            foreach (var hash in marker.PruneStore())
            {
                await output.WriteLineAsync($"locales/bron/{SourceHash.Hex(hash)}.txt: removed, no translation uses it");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Export(Option<DirectoryInfo?> rootOption, TextWriter output, TextWriter error)
    {
        var languageArgument = new Argument<string>("taal") { Description = "The language to export, e.g. pl." };
        var outOption = new Option<FileInfo>("--out") { Description = "The XLIFF 2.0 file to write.", Required = true };
        var overwriteOption = new Option<bool>("--overwrite") { Description = "Replace the --out file when it exists; without it that is an error (SMI4011) and nothing is written." };
        var command = new Command("export", "Write one XLIFF 2.0 file with every Dutch source and its translation, for translation tools.")
        {
            languageArgument, outOption, overwriteOption,
        };
        command.SetAction(parse => Run(error, async () =>
        {
            var root = Root(parse.GetValue(rootOption));
            var report = new ReportFile(parse.GetValue(outOption)!, parse.GetValue(overwriteOption));
            report.Check();
            var (xliff, warnings) = new XliffExporter(root).Export(LanguageCode(parse.GetValue(languageArgument)!));
            await DiagnosticsOutput.PrintAsync(warnings, error);
            await output.WriteLineAsync(report.Write(new System.Text.UTF8Encoding(false).GetBytes(xliff), CancellationToken.None));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Import(Option<DirectoryInfo?> rootOption, TextWriter output, TextWriter error)
    {
        var fileArgument = new Argument<FileInfo>("bestand") { Description = "An XLIFF 2.0 file made by 'export' and filled in by a translator." };
        var command = new Command("import", "Put the translations of an XLIFF 2.0 file back into locales/<taal>/; writes nothing unless the whole file is valid.")
        {
            fileArgument,
        };
        command.SetAction(parse => Run(error, async () =>
        {
            var file = parse.GetValue(fileArgument)!;
            if (!file.Exists)
            {
                throw new SmiDocsException(Diagnostic.Error(LocalizationCodes.XliffMalformed, "file not found", new SourceLocation(file.Name)));
            }
            var written = new XliffImporter(Root(parse.GetValue(rootOption))).Import(file.FullName);
            foreach (var path in written)
            {
                await output.WriteLineAsync($"{path}: updated");
            }
            await output.WriteLineAsync(written.Count == 0 ? "No translation changed." : $"{written.Count} {(written.Count == 1 ? "file" : "files")} updated.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<int> Run(TextWriter error, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (SmiDocsException e)
        {
            return await DiagnosticsOutput.ReportAsync(e.Diagnostics, error);
        }
    }

    private static string Root(DirectoryInfo? option)
    {
        if (option is not null)
        {
            return option.FullName;
        }
        var current = Directory.GetCurrentDirectory();
        return Directory.Exists(Path.Combine(current, "templates")) && Directory.Exists(Path.Combine(current, "locales"))
            ? current
            : AppContext.BaseDirectory;
    }

    private static string Language(string root, string language) =>
        LocaleSources.Languages(root).Contains(LanguageCode(language))
            ? language
            : throw new SmiDocsException(Diagnostic.Error(LocalizationCodes.UnknownTranslation,
                $"no folder locales/{language}/; the languages are {string.Join(", ", LocaleSources.Languages(root))}", new SourceLocation("--lang")));

    private static string LanguageCode(string language) =>
        language.Length is 2 or 3 && language.All(char.IsAsciiLetterLower) && language is not ("nl" or LocaleSources.StoreFolder)
            ? language
            : throw new SmiDocsException(Diagnostic.Error(LocalizationCodes.UnknownTranslation, "a language is a lowercase code such as 'en' or 'ar' (Dutch is the source)", new SourceLocation(language)));

    private static List<LocaleSource> Existing(string root, string language, IEnumerable<LocaleSource> sources) =>
        sources.Where(s => File.Exists(LocaleSources.FullPath(root, s.TranslationPath(language)))).ToList();
}
