using Smi.Docs.Cases;
using Smi.Docs.Policy;

namespace Smi.Docs.Composition;

/// <summary>
/// One of the six model documents (DESIGN §1): its id (file and API name), the view model its template
/// reads and how that view model is built from a case and a profile.
/// </summary>
public sealed record DocumentDefinition(string Id, Type ViewModelType, Func<SmiCase, MunicipalityProfile, object> CreateViewModel);
