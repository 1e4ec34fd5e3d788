using System.Text.RegularExpressions;
using Smi.Docs.Diagnostics;
using Smi.Docs.Input;

namespace Smi.Docs.Forms;

/// <summary>
/// What <see cref="FormDefinitionReader"/> remembers while it reads: the ids seen so far and the conditions to
/// check once every field is known (a condition may point at a field further down).
/// </summary>
internal sealed class FormReadState(InputContext context, string yes, string no)
{
    private readonly Dictionary<string, FormField> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sectionIds = new(StringComparer.Ordinal);
    private readonly List<(FormCondition Condition, SourceLocation Where)> _conditions = [];

    public string Id(InputObject o, string key)
    {
        var id = o.Text(key);
        if (id.Length > 0 && !FormDefinitionReader.IsStableId(id))
        {
            context.Diagnostics.Error(FormCodes.BadId, "an id is lower-case letters and digits, words joined by '-'", o.Where(key));
        }
        return id;
    }

    /// <summary>A text that may hold placeholders such as <c>{gemeente.naam}</c>; unknown ones are reported.</summary>
    public string Text(InputObject o, string key) => Checked(o, key, o.Text(key));

    public string? OptionalText(InputObject o, string key) => o.OptionalText(key) is { } text ? Checked(o, key, text) : null;

    public IReadOnlyList<string> Texts(InputObject o, string key) => o.Texts(key).Select(t => Checked(o, key, t)).ToList();

    public IReadOnlyList<string>? OptionalTexts(InputObject o, string key) =>
        o.OptionalTexts(key)?.Select(t => Checked(o, key, t)).ToList();

    public FormSection ReadSection(InputObject o)
    {
        var id = Id(o, "id");
        if (!_sectionIds.Add(id))
        {
            context.Diagnostics.Error(FormCodes.DuplicateId, $"section id '{id}' is used more than once", o.Where("id"));
        }
        return new FormSection(
            id,
            Text(o, "titel"),
            OptionalTexts(o, "uitleg") ?? [],
            OptionalTexts(o, "uitlegVerlenging"),
            (o.OptionalBoolean("verlenging") ?? false),
            o.Objects("velden", f => ReadField(f, perChild: false), required: false),
            o.OptionalObject("perKind", r => new FormRepeat(Text(r, "kop"), r.Integer("leegAantal", maximum: 10), r.Objects("velden", f => ReadField(f, perChild: true)))))
        {
            UitlegOnline = OptionalTexts(o, "uitlegOnline"),
        };
    }

    public void CheckConditions()
    {
        foreach (var (condition, where) in _conditions)
        {
            if (!_fields.TryGetValue(condition.Veld, out var target))
            {
                context.Diagnostics.Error(FormCodes.UnknownCondition, $"no field has id '{condition.Veld}'", where);
            }
            else if (!AnswersOf(target).Contains(condition.Is, StringComparer.Ordinal))
            {
                context.Diagnostics.Error(FormCodes.UnknownCondition, $"field '{condition.Veld}' has no answer '{condition.Is}'; it has {string.Join(", ", AnswersOf(target).Select(a => $"'{a}'"))}", where);
            }
        }
    }

    private FormField ReadField(InputObject o, bool perChild)
    {
        var id = Id(o, "id");
        var type = o.Choice("type", FormDefinitionReader.TypeNames);
        var field = new FormField(
            id,
            Text(o, "label"),
            OptionalText(o, "hulp"),
            type,
            (o.OptionalBoolean("verplicht") ?? false),
            type == FieldType.JaNee ? [new("ja", yes, true), new("nee", no, true)] : o.Objects("opties", ReadOption, required: false),
            OptionalText(o, "controle"),
            o.OptionalText("patroon"),
            o.OptionalInteger("minimum"),
            o.OptionalInteger("maximum"),
            o.OptionalText("autocomplete"),
            o.OptionalText("voorinvullen"),
            o.OptionalObject("toonAls", c => new FormCondition(c.Text("veld"), c.Text("is"))),
            (o.OptionalBoolean("verlenging") ?? false));
        if (id.Length > 0 && !_fields.TryAdd(id, field))
        {
            context.Diagnostics.Error(FormCodes.DuplicateId, $"field id '{id}' is used more than once", o.Where("id"));
        }
        CheckOptions(o, field);
        CheckPrefill(o, field, perChild);
        CheckPattern(o, field);
        if (field.ToonAls is { } condition)
        {
            _conditions.Add((condition, o.Where("toonAls")));
        }
        return field;
    }

    private FormOption ReadOption(InputObject o)
    {
        var option = new FormOption(Id(o, "waarde"), Text(o, "label"), (o.OptionalBoolean("verlenging") ?? true),
            o.OptionalObject("toonAls", c => new FormCondition(c.Text("veld"), c.Text("is"))));
        if (option.ToonAls is { } condition)
        {
            _conditions.Add((condition, o.Where("toonAls")));
        }
        return option;
    }

    private void CheckOptions(InputObject o, FormField field)
    {
        var needsOptions = field.Type is FieldType.Keuze or FieldType.Vinklijst;
        if (needsOptions && field.Opties.Count < 2)
        {
            context.Diagnostics.Error(FormCodes.OptionsMismatch, $"a '{field.Type.ToString().ToLowerInvariant()}' field needs at least two 'opties'", o.Where("opties"));
        }
        else if (!needsOptions && field.Type != FieldType.JaNee && field.Opties.Count > 0)
        {
            context.Diagnostics.Error(FormCodes.OptionsMismatch, "only 'keuze' and 'vinklijst' fields have 'opties'", o.Where("opties"));
        }
    }

    private void CheckPrefill(InputObject o, FormField field, bool perChild)
    {
        if (field.Voorinvullen is not { } key)
        {
            return;
        }
        if (!FormPrefill.IsKnown(key))
        {
            var hint = KeySuggestion.Closest(key, FormPrefill.Keys) is { } known ? $"; did you mean '{known}'?" : "";
            context.Diagnostics.Error(FormCodes.UnknownPrefill, $"unknown pre-fill key '{key}'{hint}", o.Where("voorinvullen"));
        }
        else if (FormPrefill.IsPerChild(key) && !perChild)
        {
            context.Diagnostics.Error(FormCodes.PrefillOutsideChild, $"'{key}' is read per child; use it only in a section's 'perKind' fields", o.Where("voorinvullen"));
        }
        else if (FormPrefill.ChoiceValues.TryGetValue(key, out var values) && values.Except(AnswersOf(field)).ToList() is { Count: > 0 } missing)
        {
            context.Diagnostics.Error(FormCodes.OptionsMismatch, $"pre-fill '{key}' can give {string.Join(", ", missing.Select(m => $"'{m}'"))}, which the field's options lack", o.Where("voorinvullen"));
        }
    }

    private void CheckPattern(InputObject o, FormField field)
    {
        if (field.Patroon is not { } pattern)
        {
            return;
        }
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            context.Diagnostics.Error(FormCodes.BadPattern, "not a valid regular expression", o.Where("patroon"));
        }
    }

    private string Checked(InputObject o, string key, string text)
    {
        foreach (var name in FormText.UnknownPlaceholders(text))
        {
            context.Diagnostics.Error(FormCodes.UnknownPlaceholder, $"unknown placeholder '{{{name}}}'; known: {string.Join(", ", FormText.Names)}", o.Where(key));
        }
        return text;
    }

    private static IEnumerable<string> AnswersOf(FormField field) => field.Opties.Select(option => option.Waarde);
}
