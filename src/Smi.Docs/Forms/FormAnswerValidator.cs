using System.Text.RegularExpressions;
using Smi.Docs.Policy;

namespace Smi.Docs.Forms;

/// <summary>
/// Checks the answers of the online form on the server, always (a browser's own checks can be switched off). Generic
/// rules come from the definition (<c>verplicht</c>, <c>patroon</c>, <c>minimum</c>/<c>maximum</c>, the options, dates);
/// the rules below that need more than a pattern are tied to the definition's stable field ids (FormField says a
/// renamed id is a breaking change). The date "today" is passed in: validation reads no clock.
/// </summary>
public static class FormAnswerValidator
{
    public const string BirthDate = "kind-geboortedatum";
    public const string StartDate = "kind-startdatum";
    public const string Street = "adres-straat";
    public const string Postcode = "adres-postcode";
    public const string Lrk = "kind-lrk";
    public const string Iban = "betaling-iban";
    public const string HoursPerWeek = "kind-uren";
    public const string DaysPerWeek = "kind-dagen";
    public const string ReasonConcerns = "reden-betreft";
    public const string PartnerPresent = "partner-aanwezig";

    /// <summary>The burgerservicenummers: nine digits that pass the elfproef.</summary>
    public static readonly IReadOnlySet<string> BsnFields = new HashSet<string>(StringComparer.Ordinal) { "aanvrager-bsn", "partner-bsn", "kind-bsn" };

    /// <summary>
    /// Optional on paper, required online (when shown): the case the municipality receives needs them
    /// (schemas/smi-case.schema.json requires opvang.lrkNummer, opvang.dagenPerWeek, and the IBAN when the parent is paid).
    /// </summary>
    public static readonly IReadOnlySet<string> RequiredOnline = new HashSet<string>(StringComparer.Ordinal) { Lrk, DaysPerWeek, Iban };

    /// <summary>The server fills these in itself (the date of signing is the day the form is sent), so the web form does not ask them.</summary>
    public static readonly IReadOnlySet<string> NotAskedOnline = new HashSet<string>(StringComparer.Ordinal) { "ondertekening-datum" };

    /// <summary>The fields a section asks online, in order, without the per-child ones.</summary>
    public static IEnumerable<FormField> AskedOnline(IEnumerable<FormField> fields) => fields.Where(f => !NotAskedOnline.Contains(f.Id));

    public static bool IsRequired(FormField field) => field.Verplicht || RequiredOnline.Contains(field.Id);

    /// <summary>Every problem of the section's shown fields, in the order of the page.</summary>
    public static IReadOnlyList<AnswerProblem> Check(FormSection section, FormAnswers answers, MunicipalityProfile profile, DateOnly today)
    {
        var problems = new List<AnswerProblem>();
        foreach (var field in AskedOnline(section.Velden).Where(answers.Shows))
        {
            if (CheckField(field, answers.Values, null, profile, today) is { } problem)
            {
                problems.Add(problem);
            }
        }
        if (section.PerKind is { } repeat)
        {
            for (var child = 0; child < answers.Kinderen.Count; child++)
            {
                var values = answers.Kinderen[child];
                foreach (var field in AskedOnline(repeat.Velden).Where(answers.Shows))
                {
                    if (CheckField(field, values, child, profile, today) is { } problem)
                    {
                        problems.Add(problem);
                    }
                }
                if (Problem(values, child, repeat.Velden, StartDate) is null && Problem(values, child, repeat.Velden, BirthDate) is null
                    && DateOf(values, StartDate) < DateOf(values, BirthDate) && repeat.Velden.FirstOrDefault(f => f.Id == StartDate) is { } start)
                {
                    problems.Add(new AnswerProblem(start, child, FormAnswers.DateInputs(StartDate).Day, AnswerProblemKind.DateOrder));
                }
            }
        }
        // The case refuses an indication about a partner the case does not have (CaseCodes.IndicatieOverOntbrekendePartner).
        if (section.Velden.FirstOrDefault(f => f.Id == ReasonConcerns) is { } concerns
            && answers.Get(ReasonConcerns) == "partner" && answers.Get(PartnerPresent) != "ja")
        {
            problems.Add(new AnswerProblem(concerns, null, concerns.Id, AnswerProblemKind.NoPartner));
        }
        return problems;

        AnswerProblem? Problem(Dictionary<string, string> values, int child, IEnumerable<FormField> fields, string id) =>
            fields.FirstOrDefault(f => f.Id == id) is { } field ? CheckField(field, values, child, profile, today) : null;
    }

    /// <summary>Every section at once: what the send step checks before the application is stored.</summary>
    public static IReadOnlyList<AnswerProblem> CheckAll(IEnumerable<FormSection> sections, FormAnswers answers, MunicipalityProfile profile, DateOnly today) =>
        sections.SelectMany(s => Check(s, answers, profile, today)).ToList();

    /// <summary>The answer as stored: a postcode, IBAN, BSN or LRK number in its normal form when it is valid, else as typed.</summary>
    public static string Normalise(FormField field, string value) => field switch
    {
        { Id: Postcode } => AnswerFormats.Postcode(value) ?? value,
        { Type: FieldType.Iban } => AnswerFormats.Iban(value) ?? value,
        { Id: Lrk } => AnswerFormats.Lrk(value) ?? value,
        _ when BsnFields.Contains(field.Id) && AnswerFormats.IsBsn(value) => AnswerFormats.Bsn(value),
        _ => value,
    };

    private static DateOnly? DateOf(IReadOnlyDictionary<string, string> values, string id)
    {
        var (day, month, year) = FormAnswers.DateInputs(id);
        return AnswerFormats.Date(FormAnswers.Get(values, day), FormAnswers.Get(values, month), FormAnswers.Get(values, year));
    }

    private static AnswerProblem? CheckField(FormField field, IReadOnlyDictionary<string, string> values, int? child, MunicipalityProfile profile, DateOnly today)
    {
        if (field.Type == FieldType.Datum)
        {
            var (day, month, year) = FormAnswers.DateInputs(field.Id);
            var parts = new[] { day, month, year }.Select(p => FormAnswers.Get(values, p)).ToList();
            if (parts.All(p => p is null))
            {
                return IsRequired(field) ? new AnswerProblem(field, child, day, AnswerProblemKind.Required) : null;
            }
            var date = AnswerFormats.Date(parts[0], parts[1], parts[2]);
            if (date is null)
            {
                return new AnswerProblem(field, child, day, AnswerProblemKind.Date);
            }
            return field.Id == BirthDate && date > today ? new AnswerProblem(field, child, day, AnswerProblemKind.DateInFuture) : null;
        }
        var value = field.Type == FieldType.Vinklijst ? string.Join(',', FormAnswers.Ticked(values, field.Id)) : FormAnswers.Get(values, field.Id) ?? "";
        if (value.Length == 0)
        {
            return IsRequired(field) ? new AnswerProblem(field, child, field.Id, AnswerProblemKind.Required) : null;
        }
        AnswerProblem Is(AnswerProblemKind kind, decimal? minimum = null, decimal? maximum = null) => new(field, child, field.Id, kind, minimum, maximum);
        if (BsnFields.Contains(field.Id))
        {
            var digits = AnswerFormats.Bsn(value);
            return digits.Length != 9 || !digits.All(char.IsAsciiDigit) ? Is(AnswerProblemKind.Pattern)
                : AnswerFormats.IsBsn(digits) ? null : Is(AnswerProblemKind.Bsn);
        }
        switch (field)
        {
            case { Id: Postcode }:
                return AnswerFormats.Postcode(value) is null ? Is(AnswerProblemKind.Postcode) : null;
            case { Id: Lrk }:
                return AnswerFormats.Lrk(value) is null ? Is(AnswerProblemKind.Lrk) : null;
            case { Id: Street }:
                return AnswerFormats.StreetAndNumber(value) is null ? Is(AnswerProblemKind.HouseNumber) : null;
            case { Type: FieldType.Iban }:
                return AnswerFormats.Iban(value) is null ? Is(AnswerProblemKind.Iban) : null;
            case { Type: FieldType.Getal }:
                var (minimum, maximum) = Limits(field, profile);
                return AnswerFormats.Number(value) is not { } number ? Is(AnswerProblemKind.Number, minimum, maximum)
                    : number < minimum || number > maximum ? Is(AnswerProblemKind.NumberRange, minimum, maximum)
                    : null;
            case { Type: FieldType.Keuze or FieldType.JaNee }:
                return field.Opties.Any(o => o.Waarde == value) ? null : Is(AnswerProblemKind.Choice);
            case { Type: FieldType.Vinklijst }:
                return value.Split(',').All(v => field.Opties.Any(o => o.Waarde == v)) ? null : Is(AnswerProblemKind.Choice);
            case { Type: FieldType.Handtekening }:
                return value == "ja" ? null : Is(AnswerProblemKind.Choice);
            case { Patroon: { } pattern }:
                return Regex.IsMatch(value, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)) ? null : Is(AnswerProblemKind.Pattern);
            default:
                return null;
        }
    }

    /// <summary>
    /// The lowest and highest number a field takes: its own <c>minimum</c>/<c>maximum</c>, and for the hours a week no more
    /// than the profile's most hours a month per child (<c>beleid.maximumUrenPerMaandPerKind</c>) at 52 weeks in 12 months,
    /// rounded down to whole hours. The eigen-bijdrage caps (<c>maximumUrenPerWeek</c>) limit what is paid, not what a parent
    /// may ask, so they are not a limit here.
    /// </summary>
    public static (decimal Minimum, decimal Maximum) Limits(FormField field, MunicipalityProfile profile)
    {
        var minimum = field.Minimum ?? 0;
        var maximum = field.Maximum ?? 9_999_999;
        if (field.Id == HoursPerWeek)
        {
            maximum = Math.Min(maximum, Math.Floor(profile.Beleid.MaximumUrenPerMaandPerKind * 12m / 52m));
        }
        return (minimum, maximum);
    }
}
