using Smi.Docs.Calculation;
using Smi.Docs.Cases;
using Smi.Docs.Forms;
using Smi.Docs.Localization;
using Smi.Docs.Policy;

namespace Smi.Docs.Composition;

/// <summary>What a document definition's own steps receive: the checked request's case and profile, one language's
/// texts and forms, the calculate stage's result (for a document that prints amounts) and the frame builder.</summary>
internal sealed record DocumentContext(
    SmiCase? Case,
    MunicipalityProfile Profile,
    LanguagePack Pack,
    FormLibrary Forms,
    CaseCalculation? Calculation,
    LetterFrames Frames)
{
    /// <summary>The case of a document whose <see cref="DocumentDefinition.CheckCase"/> requires one.</summary>
    public SmiCase RequiredCase => Case ?? throw new InvalidOperationException("the document's case check was skipped");
}
