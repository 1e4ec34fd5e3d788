namespace Smi.Docs.Batch;

/// <summary>
/// One case of a batch as read, not yet parsed: a file of the input folder or a line of the JSON Lines file.
/// <see cref="Name"/> is the item's output folder and its identity across runs (the file's name without
/// <c>.json</c>, or <c>regel-</c> and the line number), so running the same input again finds its earlier work.
/// </summary>
/// <param name="Ordinal">Position in the input, from 0: the order of the index and the report.</param>
/// <param name="Source">Where the item is, for messages: the file name, or the input file and line (<c>zaken.jsonl:12</c>).</param>
/// <param name="Content">The item's bytes; null when it could not be read, with <see cref="Problem"/> saying why.</param>
public sealed record BatchItem(int Ordinal, string Name, string Source, byte[]? Content, string? Problem = null);
