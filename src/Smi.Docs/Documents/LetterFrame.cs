namespace Smi.Docs.Documents;

/// <summary>
/// Everything around the body of a letter, already formatted and translated:
/// letterhead, the return address and the recipient's address (placed for a window envelope,
/// see <see cref="EnvelopeWindow"/>), the reference fields (date, ons kenmerk, subject, contact person),
/// the salutation and the running footer with page numbers. A form has the letterhead only: no recipient
/// (an empty <see cref="RecipientAddress"/>), no salutation; renderers draw the window only when there is one.
/// </summary>
public sealed record LetterFrame(
    Letterhead Letterhead,
    string ReturnAddress,
    IReadOnlyList<string> RecipientAddress,
    IReadOnlyList<FrameField> ReferenceFields,
    string? Salutation,
    PageFooter Footer)
{
    /// <summary>Shown above the salutation when the document is a translation or stands in for one.</summary>
    public FrameNotice? Notice { get; init; }

    /// <summary>True for a letter posted in a window envelope; false for a form, whose body starts under the letterhead.</summary>
    public bool HasAddressWindow => RecipientAddress.Count > 0;
}
