namespace Smi.Docs.Diagnostics;

/// <summary>
/// The codes one input family (cases, profiles) reports at its boundary, beside the shared x001–x010: the file's size
/// and encoding, nesting (JSON depth, YAML aliases), text length and characters, decimals and the date window.
/// </summary>
/// <param name="TooDeep">JSON nested too deeply, or a YAML alias (which nests a mapping again and again).</param>
/// <param name="DateOutsideWindow">Null when the family has no dates.</param>
public sealed record InputBoundaryCodes(
    DiagnosticCode FileTooLarge,
    DiagnosticCode NotUnicode,
    DiagnosticCode TooDeep,
    DiagnosticCode TextTooLong,
    DiagnosticCode TextCharacters,
    DiagnosticCode TooPrecise,
    DiagnosticCode? DateOutsideWindow);
