namespace Smi.Docs.Input;

internal enum NumberParse
{
    Ok,
    NotANumber,

    /// <summary>A number, but too large or too precise for <see cref="decimal"/>.</summary>
    OutOfRange,
}
