using Smi.Docs.Cases;
using Smi.Docs.Policy;

namespace Smi.Docs.Composition;

/// <summary>
/// One of the six model documents (DESIGN §1): its id (file and API name), the view model its template
/// reads, what it needs from a case, and how that view model is built from a case and a profile.
/// <see cref="CreateViewModel"/> may rely on <see cref="Requirements"/> having been met.
/// </summary>
public sealed record DocumentDefinition(
    string Id,
    Type ViewModelType,
    DocumentRequirements Requirements,
    Func<SmiCase, MunicipalityProfile, object> CreateViewModel);
