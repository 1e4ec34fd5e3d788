namespace Smi.Docs.Documents;

/// <summary>
/// Document metadata. <see cref="Timestamp"/> comes from the case's decision date (never the clock),
/// so the same input gives the same bytes. <see cref="Language"/> is a BCP 47 tag such as <c>nl-NL</c>.
/// </summary>
public sealed record DocumentInfo(
    string DocumentId,
    string Language,
    TextDirection Direction,
    string Title,
    string Subject,
    string Author,
    DateTime Timestamp);
