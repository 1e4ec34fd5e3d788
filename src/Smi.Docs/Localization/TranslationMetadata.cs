using Smi.Docs.Diagnostics;

namespace Smi.Docs.Localization;

/// <summary>The checked metadata of a translation: which Dutch text it was made from and whether a human reviewed it.</summary>
public sealed record TranslationMetadata(string BronHash, TranslationStatus Status, string Notities)
{
    public const string Bron = "bron";
    public const string BronHashKey = "bronHash";
    public const string StatusKey = "status";
    public const string NotitiesKey = "notities";

    public static IReadOnlySet<string> Keys { get; } = new HashSet<string>(StringComparer.Ordinal) { Bron, BronHashKey, StatusKey, NotitiesKey };

    /// <summary>The metadata, or null after adding to <paramref name="problems"/> why it cannot be used.</summary>
    public static TranslationMetadata? Read(LocaleDocument translation, LocaleSource source, string file, DiagnosticBag problems)
    {
        var fields = translation.Metadata;
        var count = problems.Items.Count;
        foreach (var key in new[] { Bron, BronHashKey, StatusKey })
        {
            if (!fields.TryGetValue(key, out var field) || field.Value.Length == 0)
            {
                var where = source.IsTemplate ? "front matter" : "the 'vertaling:' block";
                problems.Error(LocalizationCodes.MetadataMissing, $"'{key}:' is missing in {where}", SourceLocation.InFile(file, 1, 1));
            }
        }
        if (fields.TryGetValue(Bron, out var bron) && bron.Value.Length > 0 && bron.Value != source.SourcePath)
        {
            problems.Error(LocalizationCodes.WrongBron, $"bron must be '{source.SourcePath}', the Dutch file this translation copies", At(file, bron));
        }
        if (fields.TryGetValue(BronHashKey, out var hash) && hash.Value.Length > 0 && SourceHash.Hex(hash.Value) is null)
        {
            problems.Error(LocalizationCodes.MetadataMissing, "bronHash must be 'sha256:' and 16 lowercase hex digits", At(file, hash));
        }
        var status = fields.TryGetValue(StatusKey, out var statusField) ? TranslationStatusText.Parse(statusField.Value) : null;
        if (statusField is not null && statusField.Value.Length > 0 && status is null)
        {
            problems.Error(LocalizationCodes.InvalidStatus, $"status must be '{TranslationStatusText.Machinevertaling}', '{TranslationStatusText.Vertaald}' or '{TranslationStatusText.Gecontroleerd}'", At(file, statusField));
        }
        return problems.Items.Count > count || status is null
            ? null
            : new TranslationMetadata(hash!.Value, status.Value, fields.TryGetValue(NotitiesKey, out var notities) ? notities.Value : "");
    }

    internal static SourceLocation At(string file, MetadataField field) => SourceLocation.InFile(file, field.Span.Line, field.Span.Column);
}
