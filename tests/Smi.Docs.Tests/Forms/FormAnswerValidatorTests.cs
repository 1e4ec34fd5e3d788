using Smi.Docs.Forms;
using Smi.Docs.Tests.EndToEnd;

namespace Smi.Docs.Tests.Forms;

/// <summary>The online form's answers are checked on the server against the real definition (templates/aanvraagformulier).</summary>
public sealed class FormAnswerValidatorTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private static FormDefinition Form => Examples.Composer.Forms.Get("aanvraagformulier");

    private static FormSection Section(string id) => Form.Secties.Single(s => s.Id == id);

    private static IReadOnlyList<AnswerProblem> Check(string section, FormAnswers answers) =>
        FormAnswerValidator.Check(Section(section), answers, Examples.Voorbeeldstad, Today);

    [Fact]
    public void A_complete_application_has_no_problems()
    {
        Assert.Empty(FormAnswerValidator.CheckAll(Form.Secties, FormAnswersExample.Complete(), Examples.Voorbeeldstad, Today));
    }

    [Fact]
    public void A_wrong_bsn_a_short_bsn_a_postcode_and_a_missing_house_number_are_each_located()
    {
        var answers = FormAnswersExample.Complete();
        answers.Values["aanvrager-bsn"] = "123456783";
        answers.Values["adres-postcode"] = "123 AB";
        answers.Values["adres-straat"] = "Kastanjelaan";
        answers.Values.Remove("adres-plaats");

        var problems = Check("aanvrager", answers);

        Assert.Equal(
            [("aanvrager-bsn", AnswerProblemKind.Bsn), ("adres-straat", AnswerProblemKind.HouseNumber), ("adres-postcode", AnswerProblemKind.Postcode), ("adres-plaats", AnswerProblemKind.Required)],
            problems.Select(p => (p.Input, p.Kind)));
        answers.Values["aanvrager-bsn"] = "12345678";
        Assert.Equal(AnswerProblemKind.Pattern, Check("aanvrager", answers)[0].Kind);
    }

    [Fact]
    public void Partner_questions_count_only_with_a_partner()
    {
        var answers = FormAnswersExample.Complete();
        answers.Values["partner-bsn"] = "123";
        Assert.Empty(Check("partner", answers));

        answers.Values["partner-aanwezig"] = "ja";
        Assert.Equal([("partner-bsn", AnswerProblemKind.Pattern)], Check("partner", answers).Select(p => (p.Input, p.Kind)));
    }

    [Fact]
    public void An_iban_is_asked_only_when_the_parent_is_paid_and_must_pass_mod_97()
    {
        var answers = FormAnswersExample.Complete();
        answers.Values["betaling-iban"] = "NL91 ABNA 0417 1643 01";
        Assert.Equal([AnswerProblemKind.Iban], Check("betaling", answers).Select(p => p.Kind));

        answers.Values.Remove("betaling-iban");
        Assert.Equal([AnswerProblemKind.Required], Check("betaling", answers).Select(p => p.Kind));

        answers.Values["betaling-aan"] = "opvang";
        Assert.Empty(Check("betaling", answers));
    }

    [Fact]
    public void A_child_born_after_today_or_starting_before_birth_is_refused_per_child()
    {
        var answers = FormAnswersExample.Complete();
        var second = new Dictionary<string, string>(answers.Kinderen[0])
        {
            ["kind-geboortedatum-dag"] = "6",
            ["kind-geboortedatum-maand"] = "12",
            ["kind-geboortedatum-jaar"] = "2026",
        };
        answers.Kinderen.Add(second);
        answers.Kinderen[0]["kind-startdatum-jaar"] = "2024";

        var problems = Check("kinderen", answers);

        Assert.Equal(
            [(0, "kind-startdatum-dag", AnswerProblemKind.DateOrder), (1, "kind-geboortedatum-dag", AnswerProblemKind.DateInFuture)],
            problems.Select(p => (p.Child!.Value, p.Input, p.Kind)));
        second["kind-geboortedatum-dag"] = "1";
        Assert.Equal([0], Check("kinderen", answers).Select(p => p.Child!.Value));
    }

    [Fact]
    public void Hours_a_week_stay_within_the_profile_and_online_the_lrk_number_and_days_are_required()
    {
        // Voorbeeldstad: at most 230 hours a month per child; 230 × 12 / 52 = 53.08, so 53 hours a week.
        var answers = FormAnswersExample.Complete();
        answers.Kinderen[0]["kind-uren"] = "54";
        answers.Kinderen[0]["kind-dagen"] = "";
        answers.Kinderen[0]["kind-lrk"] = "18462937";

        var problems = Check("kinderen", answers);

        Assert.Equal(
            [("kind-lrk", AnswerProblemKind.Lrk, null, null), ("kind-dagen", AnswerProblemKind.Required, null, null), ("kind-uren", AnswerProblemKind.NumberRange, 1m, 53m)],
            problems.Select(p => (p.Input, p.Kind, p.Minimum, p.Maximum)));
        answers.Kinderen[0]["kind-uren"] = "53";
        Assert.Equal(2, Check("kinderen", answers).Count);
    }

    [Fact]
    public void The_problems_cannot_lie_with_a_partner_the_parent_does_not_have()
    {
        var answers = FormAnswersExample.Complete();
        answers.Values["reden-betreft"] = "partner";

        Assert.Equal([("reden-betreft", AnswerProblemKind.NoPartner)], Check("reden", answers).Select(p => (p.Input, p.Kind)));
    }

    [Fact]
    public void A_valid_answer_is_stored_in_its_normal_form_and_a_wrong_one_as_typed()
    {
        var postcode = Section("aanvrager").Velden.Single(f => f.Id == "adres-postcode");
        var iban = Section("betaling").Velden.Single(f => f.Id == "betaling-iban");

        Assert.Equal("1234 AB", FormAnswerValidator.Normalise(postcode, "1234ab"));
        Assert.Equal("123 ab", FormAnswerValidator.Normalise(postcode, "123 ab"));
        Assert.Equal("NL91 ABNA 0417 1643 00", FormAnswerValidator.Normalise(iban, "nl91abna0417164300"));
    }

    [Fact]
    public void Answers_survive_a_round_trip_through_storage()
    {
        var answers = FormAnswersExample.Complete();

        var again = FormAnswers.FromJson(answers.ToJson());

        Assert.Equal(answers.Values, again.Values);
        Assert.Equal(answers.Kinderen[0], again.Kinderen[0]);
    }
}
