using System.Text;
using Smi.Docs.Localization;

namespace Smi.Docs.Tests.Localization;

/// <summary>
/// A small repository in a temp folder: a letter with blocks, a partial, a container and meervoud; teksten.yaml;
/// a form-like YAML with lists; two catalogues with &gt;- blocks; and complete English and Arabic translations.
/// Never the real locales/, which change while translators work.
/// </summary>
internal sealed class LocaleFixture
{
    public const string Brief = """
        ---
        titel: Besluit over uw aanvraag
        onderwerp: Uw aanvraag
        ---
        # Besluit

        Op {{ datum brief.aanvraagdatum }} kregen wij uw aanvraag voor {{ meervoud aantalKinderen "uw kind" "uw kinderen" }}.

        {{~ if betaling.aanOuder ~}}
        Wij betalen aan u, op rekening {{ betaling.iban }}.
        {{~ else ~}}
        Wij betalen aan de kinderopvang.
        {{~ end ~}}

        ::: ondertekening
        {{~ include 'contact' ~}}
        :::

        """;

    public const string Contact = """
        ## Vragen?

        Bel {{ brief.behandelaar.naam }} op {{ brief.behandelaar.telefoon }}.

        """;

    public const string Teksten = """
        # Vaste teksten.

        kader:
          datum: Datum
          pagina: "Pagina {pagina} van {paginas}"

        melding:
          bindend: "Dit is een vertaling."

        """;

    public const string Form = """
        id: aanvraagformulier
        titel: Aanvraag
        inleiding:
          - "Vul dit in voor {gemeente.naam}."
        secties:
          - id: aanvrager
            titel: Over u
            velden:
              - { id: aanvrager-naam, label: Naam, type: tekst, verplicht: true }
              - id: aanvrager-bsn
                label: BSN
                hulp: Staat op uw paspoort.
                patroon: "^[0-9]{9}$"
              - id: keuze
                label: Keuze
                type: keuze
                opties:
                  - { waarde: ja, label: Ja }
                  - { waarde: nee, label: Nee }

        """;

    public const string Afwijzingsgronden = """
        # Afwijzingsgronden.

        afwijzingsgronden:

          geen-indicatie:
            titel: Er is geen indicatie
            regel: >-
              SMI is er alleen met een indicatie.
              Die geeft een deskundige.
            feiten: >-
              Wij hebben geen advies gekregen.
            artikel: doelgroep

        """;

    public const string OntbrekendeGegevens = """
        ontbrekendeGegevens:
          inkomen:
            titel: Uw inkomen
            wat: >-
              Een loonstrook van {maand}.
            waarom: Voor de eigen bijdrage.
            hoe: Vraag het uw werkgever.

        """;

    public static readonly Dictionary<string, string> English = new()
    {
        ["brief/brief.sbn-md"] = """
            ---
            titel: Decision on your application
            onderwerp: Your application
            bron: templates/brief/brief.sbn-md
            bronHash: HASH
            status: machinevertaling
            notities:
            ---
            # Decision

            On {{ datum brief.aanvraagdatum }} we received your application for {{ meervoud aantalKinderen "your child" "your children" }}.

            {{~ if betaling.aanOuder ~}}
            We pay you, into account {{ betaling.iban }}.
            {{~ else ~}}
            We pay the childcare organisation.
            {{~ end ~}}

            ::: ondertekening
            {{~ include 'contact' ~}}
            :::

            """,
        ["partials/contact.sbn-md"] = """
            ---
            bron: templates/partials/contact.sbn-md
            bronHash: HASH
            status: gecontroleerd
            notities: Checked by a translator.
            ---
            ## Questions?

            Call {{ brief.behandelaar.naam }} on {{ brief.behandelaar.telefoon }}.

            """,
        ["teksten.yaml"] = """
            # Fixed texts.

            vertaling:
              bron: templates/teksten.yaml
              bronHash: HASH
              status: machinevertaling
              notities: ""

            kader:
              datum: Date
              pagina: "Page {pagina} of {paginas}"

            melding:
              bindend: "This is a translation."

            """,
        ["aanvraagformulier/aanvraagformulier.form.yaml"] = """
            vertaling:
              bron: templates/aanvraagformulier/aanvraagformulier.form.yaml
              bronHash: HASH
              status: machinevertaling
              notities: ""
            id: aanvraagformulier
            titel: Application
            inleiding:
              - "Fill this in for {gemeente.naam}."
            secties:
              - id: aanvrager
                titel: About you
                velden:
                  - { id: aanvrager-naam, label: Name, type: tekst, verplicht: true }
                  - id: aanvrager-bsn
                    label: Citizen service number (BSN)
                    hulp: It is on your passport.
                    patroon: "^[0-9]{9}$"
                  - id: keuze
                    label: Choice
                    type: keuze
                    opties:
                      - { waarde: ja, label: "Yes" }
                      - { waarde: nee, label: "No" }

            """,
        ["catalogi/afwijzingsgronden.yaml"] = """
            # Rejection reasons.

            vertaling:
              bron: data/afwijzingsgronden.yaml
              bronHash: HASH
              status: machinevertaling
              notities: ""

            afwijzingsgronden:

              geen-indicatie:
                titel: There is no indication
                regel: >-
                  SMI is only possible with an indication.
                  An expert gives it.
                feiten: >-
                  We did not receive any advice.
                artikel: doelgroep

            """,
        ["catalogi/ontbrekende-gegevens.yaml"] = """
            vertaling:
              bron: data/ontbrekende-gegevens.yaml
              bronHash: HASH
              status: machinevertaling
              notities: ""
            ontbrekendeGegevens:
              inkomen:
                titel: Your income
                wat: >-
                  A payslip for {maand}.
                waarom: For your own contribution.
                hoe: Ask your employer.

            """,
    };

    /// <summary>Arabic: right-to-left text and the six CLDR plural forms.</summary>
    public static readonly Dictionary<string, string> Arabic = new()
    {
        ["brief/brief.sbn-md"] = """
            ---
            titel: قرار بشأن طلبك
            onderwerp: طلبك
            bron: templates/brief/brief.sbn-md
            bronHash: HASH
            status: gecontroleerd
            notities:
            ---
            # قرار

            في {{ datum brief.aanvraagdatum }} تلقينا طلبك من أجل {{ meervoud aantalKinderen "لا أطفال" "طفلك" "طفليك" "أطفالك" "أطفالك" "أطفالك" }}.

            {{~ if betaling.aanOuder ~}}
            ندفع لك في الحساب {{ betaling.iban }}.
            {{~ else ~}}
            ندفع لمركز رعاية الأطفال.
            {{~ end ~}}

            ::: ondertekening
            {{~ include 'contact' ~}}
            :::

            """,
        ["catalogi/afwijzingsgronden.yaml"] = """
            vertaling:
              bron: data/afwijzingsgronden.yaml
              bronHash: HASH
              status: machinevertaling
              notities: "مسودة آلية"

            afwijzingsgronden:

              geen-indicatie:
                titel: لا يوجد مؤشر
                regel: >-
                  برنامج SMI متاح فقط مع مؤشر.
                  يعطيه خبير.
                feiten: >-
                  لم نتلق أي نصيحة.
                artikel: doelgroep

            """,
    };

    public static readonly Dictionary<string, string> Sources = new()
    {
        ["templates/brief/brief.sbn-md"] = Brief,
        ["templates/partials/contact.sbn-md"] = Contact,
        ["templates/teksten.yaml"] = Teksten,
        ["templates/aanvraagformulier/aanvraagformulier.form.yaml"] = Form,
        ["data/afwijzingsgronden.yaml"] = Afwijzingsgronden,
        ["data/ontbrekende-gegevens.yaml"] = OntbrekendeGegevens,
    };

    private LocaleFixture(string root) => Root = root;

    public string Root { get; }

    /// <summary>Dutch sources, complete en and ar translations of the current Dutch, and the store entries for them.</summary>
    public static LocaleFixture Create()
    {
        var fixture = new LocaleFixture(Path.Combine(Path.GetTempPath(), "smi-docs-tests", "locales-" + Guid.NewGuid().ToString("N")));
        var store = new SourceStore(fixture.Root);
        foreach (var (path, text) in Sources)
        {
            fixture.Write(path, text);
            store.Write(Encoding.UTF8.GetBytes(text));
        }
        foreach (var (language, files) in new[] { ("en", English), ("ar", Arabic) })
        {
            foreach (var (path, text) in files)
            {
                var source = LocaleSources.Discover(fixture.Root).Single(s => s.PathInLanguage == path);
                fixture.Write($"locales/{language}/{path}", text.Replace("HASH", fixture.HashOf(source.SourcePath), StringComparison.Ordinal));
            }
        }
        return fixture;
    }

    public string FullPath(string relative) => LocaleSources.FullPath(Root, relative);

    public string Read(string relative) => File.ReadAllText(FullPath(relative));

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FullPath(relative))!);
        File.WriteAllText(FullPath(relative), text);
    }

    public void Edit(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.Contains(oldText, text);
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public string HashOf(string relative) => SourceHash.Of(File.ReadAllBytes(FullPath(relative)));

    public string[] StoreEntries() =>
        Directory.GetFiles(FullPath("locales/bron")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every file under locales/ with its bytes, to prove that a tool changed nothing (or only what it should).</summary>
    public Dictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(FullPath("locales"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Root, f).Replace('\\', '/'), File.ReadAllBytes);
}
