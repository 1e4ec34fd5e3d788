namespace Smi.Docs.Diagnostics;

/// <summary>
/// SMI7xxx: a form definition YAML (<c>FormDefinitionReader</c>): the shared input problems plus rules that keep ids
/// stable and unique and every reference (pre-fill, condition, placeholder) resolvable.
/// </summary>
public static class FormCodes
{
    public static readonly InputCodes Input = new("SMI7", DiagnosticOrigin.FormDefinition, "YAML", "key");

    public static readonly DiagnosticCode DuplicateId = new("SMI7011", DiagnosticOrigin.FormDefinition, Severity.Error, "Id used twice");
    public static readonly DiagnosticCode BadId = new("SMI7012", DiagnosticOrigin.FormDefinition, Severity.Error, "Id not in lower-case words");
    public static readonly DiagnosticCode UnknownPrefill = new("SMI7013", DiagnosticOrigin.FormDefinition, Severity.Error, "Unknown pre-fill");
    public static readonly DiagnosticCode PrefillOutsideChild = new("SMI7014", DiagnosticOrigin.FormDefinition, Severity.Error, "Per-child pre-fill outside perKind");
    public static readonly DiagnosticCode OptionsMismatch = new("SMI7015", DiagnosticOrigin.FormDefinition, Severity.Error, "Options missing or not allowed");
    public static readonly DiagnosticCode UnknownCondition = new("SMI7016", DiagnosticOrigin.FormDefinition, Severity.Error, "Condition on an unknown field or answer");
    public static readonly DiagnosticCode BadPattern = new("SMI7017", DiagnosticOrigin.FormDefinition, Severity.Error, "Invalid regular expression");
    public static readonly DiagnosticCode UnknownPlaceholder = new("SMI7018", DiagnosticOrigin.FormDefinition, Severity.Error, "Unknown placeholder");
    public static readonly DiagnosticCode FileNotReadable = new("SMI7019", DiagnosticOrigin.FormDefinition, Severity.Error, "Form definition not readable");
    public static readonly DiagnosticCode UnknownForm = new("SMI7020", DiagnosticOrigin.FormDefinition, Severity.Error, "No such form definition");
}
