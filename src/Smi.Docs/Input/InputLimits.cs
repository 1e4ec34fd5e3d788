namespace Smi.Docs.Input;

/// <summary>
/// What one kind of input may hold at most (issue 11, docs/diagnostics.md): a hostile or broken file is refused with
/// a located error instead of being read, multiplied or printed.
/// </summary>
/// <param name="MaxFileBytes">Read at most this many bytes; a larger file is refused unread.</param>
/// <param name="MaxDepth">Nesting of objects and lists in JSON.</param>
/// <param name="TextLength">The longest text a field may hold unless the reader names a longer one (free text).</param>
/// <param name="MaxDecimals">Money and hours are whole cents and hundredths of an hour: what is printed is what is calculated.</param>
/// <param name="FirstDate">The first date the engine supports (tables, holidays, terms), or null when there are no dates.</param>
/// <param name="LastDate">The last date the engine supports.</param>
internal sealed record InputLimits(int MaxFileBytes, int MaxDepth, int TextLength, int MaxDecimals, DateOnly? FirstDate = null, DateOnly? LastDate = null);
