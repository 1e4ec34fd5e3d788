namespace Smi.Docs.Diagnostics;

/// <summary>
/// SMI1xxx: the case JSON (<c>CaseReader</c>, <c>CaseRules</c>) and a case that does not fit its document
/// (SMI11xx, <c>DocumentRequirements</c>); SMI91xx: the <c>ontbrekend</c> block of the ontbrekende-gegevens letter.
/// </summary>
public static class CaseCodes
{
    public static readonly DiagnosticCode EindVoorBegin = new("SMI1011", DiagnosticOrigin.Case, Severity.Error, "Period ends before it begins");
    public static readonly DiagnosticCode GeborenNaBesluit = new("SMI1012", DiagnosticOrigin.Case, Severity.Error, "Child born after the decision date");
    public static readonly DiagnosticCode BesluitVoorAanvraag = new("SMI1013", DiagnosticOrigin.Case, Severity.Error, "Decision before the application");
    public static readonly DiagnosticCode VerzendingVoorBesluit = new("SMI1014", DiagnosticOrigin.Case, Severity.Error, "Letter sent before the decision");
    public static readonly DiagnosticCode GeenKinderen = new("SMI1015", DiagnosticOrigin.Case, Severity.Error, "No children");
    public static readonly DiagnosticCode IbanOntbreekt = new("SMI1016", DiagnosticOrigin.Case, Severity.Error, "IBAN missing for payment to the parent");
    public static readonly DiagnosticCode IbanOngeldig = new("SMI1017", DiagnosticOrigin.Case, Severity.Error, "Invalid Dutch IBAN");
    public static readonly DiagnosticCode BerekeningAantalKinderen = new("SMI1018", DiagnosticOrigin.Case, Severity.Error, "Berekening does not list each child once");
    public static readonly DiagnosticCode MaandBuitenPeriode = new("SMI1019", DiagnosticOrigin.Case, Severity.Error, "Berekening month outside the period");
    public static readonly DiagnosticCode GeenRedenen = new("SMI1020", DiagnosticOrigin.Case, Severity.Error, "Refusal without reasons");
    public static readonly DiagnosticCode RedenDubbel = new("SMI1021", DiagnosticOrigin.Case, Severity.Error, "Reason given twice");
    public static readonly DiagnosticCode VerlengingNietNaEerderePeriode = new("SMI1022", DiagnosticOrigin.Case, Severity.Error, "Extension does not follow the earlier period");

    // The input boundary (issue 11): what no real case can hold, refused before anything is calculated.
    public static readonly DiagnosticCode FileTooLarge = new("SMI1023", DiagnosticOrigin.Case, Severity.Error, "Case file too large");
    public static readonly DiagnosticCode NotUnicode = new("SMI1024", DiagnosticOrigin.Case, Severity.Error, "Case is not valid UTF-8");
    public static readonly DiagnosticCode TooDeep = new("SMI1025", DiagnosticOrigin.Case, Severity.Error, "JSON nested too deeply");
    public static readonly DiagnosticCode TextTooLong = new("SMI1026", DiagnosticOrigin.Case, Severity.Error, "Text too long");
    public static readonly DiagnosticCode TextCharacters = new("SMI1027", DiagnosticOrigin.Case, Severity.Error, "Control or invalid character in a text");
    public static readonly DiagnosticCode TooPrecise = new("SMI1028", DiagnosticOrigin.Case, Severity.Error, "More than two decimals");
    public static readonly DiagnosticCode DateOutsideWindow = new("SMI1029", DiagnosticOrigin.Case, Severity.Error, "Date outside the supported years");
    public static readonly DiagnosticCode PeriodeTeLang = new("SMI1030", DiagnosticOrigin.Case, Severity.Error, "Period longer than a grant can be");
    public static readonly DiagnosticCode NulInToekenning = new("SMI1031", DiagnosticOrigin.Case, Severity.Error, "Zero hours, days or price in a grant");
    public static readonly DiagnosticCode UrenBovenMaand = new("SMI1032", DiagnosticOrigin.Case, Severity.Error, "More hours than the month has");
    public static readonly DiagnosticCode AfbouwVolgorde = new("SMI1033", DiagnosticOrigin.Case, Severity.Error, "Afbouw steps out of date order");
    public static readonly DiagnosticCode AfbouwBuitenPeriode = new("SMI1034", DiagnosticOrigin.Case, Severity.Error, "Afbouw step outside the period");
    public static readonly DiagnosticCode AfbouwVerhoogt = new("SMI1035", DiagnosticOrigin.Case, Severity.Error, "Afbouw step does not lower the days");
    public static readonly DiagnosticCode EerderBesluitNaBesluit = new("SMI1036", DiagnosticOrigin.Case, Severity.Error, "Earlier decision not before this decision");
    public static readonly DiagnosticCode IndicatieOverOntbrekendePartner = new("SMI1037", DiagnosticOrigin.Case, Severity.Error, "Indication about a partner the case lacks");
    public static readonly DiagnosticCode IndicatieKindZonderKind = new("SMI1038", DiagnosticOrigin.Case, Severity.Error, "Child named for an indication not about a child");

    // Issue 12: the Awb 4:5 decision not to process an application, and partial decisions per child.
    public static readonly DiagnosticCode RedenIsEigenBesluit = new("SMI1040", DiagnosticOrigin.Case, Severity.Error, "Reason is a decision of its own");
    public static readonly DiagnosticCode HerstelbriefVoorAanvraag = new("SMI1041", DiagnosticOrigin.Case, Severity.Error, "Hersteltermijn letter before the application");
    public static readonly DiagnosticCode HersteltermijnVoorHerstelbrief = new("SMI1042", DiagnosticOrigin.Case, Severity.Error, "Hersteltermijn ends before its letter");
    public static readonly DiagnosticCode HersteltermijnNietVoorbij = new("SMI1043", DiagnosticOrigin.Case, Severity.Error, "Hersteltermijn not over on the decision date");
    public static readonly DiagnosticCode AlleKinderenAfgewezen = new("SMI1044", DiagnosticOrigin.Case, Severity.Error, "Grant in which every child is refused");

    /// <summary>Declared after the boundary codes it refers to (static fields initialize in order).</summary>
    public static readonly InputCodes Input = new("SMI1", DiagnosticOrigin.Case, "JSON", "field")
    {
        Boundary = new InputBoundaryCodes(FileTooLarge, NotUnicode, TooDeep, TextTooLong, TextCharacters, TooPrecise, DateOutsideWindow),
    };

    public static readonly DiagnosticCode BlokOntbreekt = new("SMI1101", DiagnosticOrigin.Case, Severity.Error, "Block the document needs is missing");
    public static readonly DiagnosticCode BlokHoortNiet = new("SMI1102", DiagnosticOrigin.Case, Severity.Error, "Block does not belong in the document");
    public static readonly DiagnosticCode EigenArtikelOntbreekt = new("SMI1103", DiagnosticOrigin.Case, Severity.Error, "Reason needs an article the profile lacks");
    public static readonly DiagnosticCode BovenMaximumVerlengingen = new("SMI1104", DiagnosticOrigin.Case, Severity.Error, "More extensions than the profile allows");
    public static readonly DiagnosticCode GeenHardheidsclausule = new("SMI1105", DiagnosticOrigin.Case, Severity.Error, "Profile has no hardheidsclausule");
    public static readonly DiagnosticCode BetalingNietVolgensBeleid = new("SMI1106", DiagnosticOrigin.Case, Severity.Error, "Payment to someone the profile does not pay");
    public static readonly DiagnosticCode IndicatieBuitenDoelgroep = new("SMI1109", DiagnosticOrigin.Case, Severity.Error, "Indication about someone outside the profile's doelgroep");
    public static readonly DiagnosticCode HersteltermijnKorterDanBeleid = new("SMI1110", DiagnosticOrigin.Case, Severity.Error, "Hersteltermijn shorter than the profile's");
    public static readonly DiagnosticCode InkomenBovenGrens = new("SMI1111", DiagnosticOrigin.Case, Severity.Error, "Grant for an income above the profile's limit");
    public static readonly DiagnosticCode InkomensgrensOntbreekt = new("SMI1112", DiagnosticOrigin.Case, Severity.Error, "Income refusal without the profile's income limit");

    public static readonly DiagnosticCode GeenOntbrekendeItems = new("SMI9101", DiagnosticOrigin.Case, Severity.Error, "No missing items");
    public static readonly DiagnosticCode OntbrekendItemDubbel = new("SMI9102", DiagnosticOrigin.Case, Severity.Error, "Missing item given twice");
}
