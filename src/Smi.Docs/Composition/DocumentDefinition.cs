using Smi.Docs.Cases;
using Smi.Docs.Policy;
using Smi.Docs.ViewModels;

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
    Func<SmiCase, MunicipalityProfile, LanguagePack, object> CreateViewModel)
{
    /// <summary>
    /// Set for a form: the composer builds its view model from the form definition instead, with or without a case
    /// (a blank form has none), and gives it a frame without address window or salutation.
    /// </summary>
    public FormBinding? Form { get; init; }

    /// <summary>Set for a document made from the profile alone (the publiekstekst); the composer refuses a case for it.</summary>
    public ProfileBinding? Profile { get; init; }

    /// <summary>
    /// The letter prints amounts (a grant or an extension), so a case's own <c>berekening</c> is checked against ours
    /// and differences are warned about (SMI5201/5202) — for every such document, not one by name.
    /// </summary>
    public bool PrintsAmounts { get; init; }

    /// <summary>A form can be printed blank and a profile-only document has no case at all; every other document needs one.</summary>
    public bool CanGoWithoutCase => Form is not null || Profile is not null;

    /// <summary>A form takes whatever case it is given for pre-filling, so it requires no block of it.</summary>
    public static DocumentDefinition ForForm(string id, string formId, Forms.FormVariant variant) =>
        new(id, typeof(FormulierViewModel), new DocumentRequirements([], []), (_, _, _) => throw new InvalidOperationException($"'{id}' is a form; the composer builds it from its definition"))
        {
            Form = new FormBinding(formId, variant),
        };

    /// <summary>A document about the municipality's policy for everybody: no case, so no block of one is required.</summary>
    public static DocumentDefinition ForProfile(string id, Type viewModelType, ProfileBinding binding) =>
        new(id, viewModelType, new DocumentRequirements([], []), (_, _, _) => throw new InvalidOperationException($"'{id}' is made from the profile alone; the composer builds it without a case"))
        {
            Profile = binding,
        };
}
