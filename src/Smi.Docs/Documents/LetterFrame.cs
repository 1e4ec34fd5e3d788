namespace Smi.Docs.Documents;

/// <summary>
/// Everything around the body of a letter, already formatted and translated:
/// letterhead, the return address and the recipient's address (placed for a window envelope,
/// see <see cref="EnvelopeWindow"/>), the reference fields (date, ons kenmerk, subject, contact person),
/// the salutation and the running footer with page numbers.
/// </summary>
public sealed record LetterFrame(
    Letterhead Letterhead,
    string ReturnAddress,
    IReadOnlyList<string> RecipientAddress,
    IReadOnlyList<FrameField> ReferenceFields,
    string? Salutation,
    PageFooter Footer);
