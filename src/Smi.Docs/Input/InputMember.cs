namespace Smi.Docs.Input;

/// <summary>
/// One key of an object with where the key itself stands (to point at a misspelt key) and its position in the
/// object (to point at a key that may not be shown, <see cref="KeyNames"/>).
/// </summary>
internal sealed record InputMember(string Key, int? Line, int? Column, InputNode Value, int Index);
