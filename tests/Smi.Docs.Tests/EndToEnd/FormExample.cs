namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// One printed form: a document id and the example case that pre-fills it, or none for a blank form.
/// <see cref="Name"/> names its snapshots, as run-examples.sh names its output folder.
/// </summary>
public sealed record FormExample(string DocumentId, string? CaseName)
{
    public static IReadOnlyList<FormExample> All { get; } =
    [
        new("aanvraagformulier", null),
        new("aanvraagformulier", "aanvraagformulier-voorgevuld"),
        new("aanvraagformulier-verlenging", null),
        new("aanvraagformulier-verlenging", "aanvraagformulier-verlenging-een-kind"),
    ];

    public string Name => CaseName ?? DocumentId + "-leeg";

    public static TheoryData<string> Names => [.. All.Select(e => e.Name)];

    public static FormExample Named(string name) => All.Single(e => e.Name == name);

    public override string ToString() => Name;
}
