using Smi.Docs.Diagnostics;

namespace Smi.Docs.Forms;

/// <summary>
/// The form definitions the documents print, read and checked once from
/// <c>templates/&lt;form&gt;/&lt;form&gt;.form.yaml</c> (they travel with their template); immutable and safe to share.
/// </summary>
public sealed class FormLibrary
{
    private readonly IReadOnlyDictionary<string, FormDefinition> _forms;

    private FormLibrary(IReadOnlyDictionary<string, FormDefinition> forms)
    {
        _forms = forms;
    }

    /// <summary>No forms: a translation without fixed texts cannot print one (it could not say yes or no).</summary>
    public static FormLibrary Empty { get; } = new(new Dictionary<string, FormDefinition>());

    /// <param name="formIds">The forms the documents print; each is read from <c>&lt;id&gt;/&lt;id&gt;.form.yaml</c> when present.</param>
    /// <param name="displayRoot">How diagnostics name the directory: "templates" or "locales/en".</param>
    /// <param name="texts">The fixed texts of the language (the yes/no answers).</param>
    public static FormLibrary Load(string templatesDirectory, IEnumerable<string> formIds, string displayRoot = "templates", Formatting.FixedTexts? texts = null)
    {
        var diagnostics = new DiagnosticBag();
        var forms = new Dictionary<string, FormDefinition>(StringComparer.Ordinal);
        foreach (var id in formIds.Distinct())
        {
            var path = Path.Combine(templatesDirectory, id, id + ".form.yaml");
            if (!File.Exists(path))
            {
                continue;
            }
            try
            {
                forms[id] = FormDefinitionReader.Load(path, $"{displayRoot}/{id}/{id}.form.yaml", texts);
            }
            catch (SmiDocsException e)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    diagnostics.Add(diagnostic);
                }
            }
        }
        diagnostics.ThrowIfErrors();
        return new FormLibrary(forms);
    }

    public bool Contains(string formId) => _forms.ContainsKey(formId);

    public FormDefinition Get(string formId) =>
        _forms.TryGetValue(formId, out var form)
            ? form
            : throw new SmiDocsException(Diagnostic.Error(FormCodes.UnknownForm, $"no form definition '{formId}' (templates/{formId}/{formId}.form.yaml)", new SourceLocation(null)));
}
