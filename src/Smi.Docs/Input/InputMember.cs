namespace Smi.Docs.Input;

/// <summary>One key of an object with where the key itself stands (to point at a misspelt key).</summary>
internal sealed record InputMember(string Key, int? Line, int? Column, InputNode Value);
