namespace Smi.Docs.Input;

/// <summary>What a node of an input document holds, named the same for JSON and YAML.</summary>
internal enum InputKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
