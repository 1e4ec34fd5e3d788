namespace Smi.Docs.Documents;

public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}
