using Smi.Docs.Forms;

namespace Smi.Docs.Tests.Forms;

/// <summary>A whole application as a parent fills it in online: one child, paid to the parent, no partner.</summary>
internal static class FormAnswersExample
{
    public static FormAnswers Complete()
    {
        var answers = new FormAnswers();
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["aanvrager-voorletters"] = "a j",
            ["aanvrager-tussenvoegsel"] = "de",
            ["aanvrager-achternaam"] = "Wit",
            ["aanvrager-bsn"] = "111222333",
            ["adres-straat"] = "Kastanjelaan 27",
            ["adres-postcode"] = "1234ab",
            ["adres-plaats"] = "Voorbeeldstad",
            ["aanvrager-telefoon"] = "06 12345678",
            ["partner-aanwezig"] = "nee",
            ["kinderopvangtoeslag"] = "nee",
            ["reden-betreft"] = "aanvrager",
            ["reden-momenten"] = "Dinsdag en donderdag van 8.30 tot 17.00 uur.",
            ["reden-waarom"] = "Ik heb dan een behandeling en moet daarna rusten.",
            ["reden-duur"] = "6 maanden",
            ["reden-netwerk"] = "ja",
            ["inkomen-aanvrager"] = "2100",
            ["betaling-aan"] = "ouder",
            ["betaling-iban"] = "nl91 abna 0417 1643 00",
            ["ondertekening-aanvrager"] = "ja",
        })
        {
            answers.Values[key] = value;
        }
        answers.Kinderen.Add(new Dictionary<string, string>
        {
            ["kind-voornaam"] = "Noor",
            ["kind-achternaam"] = "de Wit",
            ["kind-geboortedatum-dag"] = "14",
            ["kind-geboortedatum-maand"] = "3",
            ["kind-geboortedatum-jaar"] = "2025",
            ["kind-bsn"] = "123456782",
            ["kind-opvangsoort"] = "dagopvang",
            ["kind-organisatie"] = "Kinderdagverblijf De Boomhut",
            ["kind-lrk"] = "123 456 789",
            ["kind-dagen"] = "2",
            ["kind-uren"] = "21",
            ["kind-uurprijs"] = "11,85",
            ["kind-startdatum-dag"] = "1",
            ["kind-startdatum-maand"] = "12",
            ["kind-startdatum-jaar"] = "2026",
        });
        return answers;
    }
}
