namespace Smi.Docs.Diagnostics;

/// <summary>
/// Problems every input format can have. The number is the last three digits of the diagnostic code,
/// the same in each family (SMI1003 and SMI2003 are both "wrong type"), so integrators learn them once.
/// <see cref="Diagnostics.InputCodes"/> turns them into each family's codes; x011 and up are a family's own.
/// </summary>
internal enum InputProblem
{
    Malformed = 1,
    Missing = 2,
    WrongType = 3,
    UnknownKey = 4,
    DuplicateKey = 5,
    InvalidDate = 6,
    UnknownValue = 7,
    NumberOutOfRange = 8,
    Negative = 9,
    AboveMaximum = 10,
}
