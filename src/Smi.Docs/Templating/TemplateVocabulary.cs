namespace Smi.Docs.Templating;

/// <summary>
/// What a template of one document can name, for the studio's autocomplete (issue 16 point 3): the view model's values
/// as the checker and the runtime see them (<see cref="ViewModelShape"/>, so the editor never offers a name the checker
/// would refuse), and the functions with a line of Dutch for the person typing.
/// </summary>
public static class TemplateVocabulary
{
    /// <summary>Deep enough for every view model we have (the deepest path is 4 levels); a cycle stops here too.</summary>
    private const int MaximumDepth = 6;

    private static readonly IReadOnlyDictionary<string, string> FunctionHelp = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["datum"] = "een datum voluit: {{ datum besluitdatum }} → 4 mei 2026",
        ["maand"] = "een maand en jaar: {{ maand begindatum }} → mei 2026",
        ["bedrag"] = "een bedrag in euro: {{ bedrag totaal }} → € 1.332,50",
        ["getal"] = "een getal in de schrijfwijze van de taal: {{ getal uren }}",
        ["procent"] = "een percentage: {{ procent eigenBijdrage }}",
        [TemplateFunctions.Plural] = "het goede woord bij een aantal: {{ meervoud aantal \"kind\" \"kinderen\" }}",
        [TemplateFunctions.Include] = "een vaste tekst (partial) invoegen: {{ include \"bezwaar\" }}",
    };

    /// <summary>The values under the view model's root and every function, in a stable order.</summary>
    public static TemplateWords For(Type viewModelType) => new(Fields(viewModelType, 0), Functions);

    public static IReadOnlyList<TemplateFunctionWord> Functions { get; } =
        [.. TemplateFunctions.FormattingNames.Append(TemplateFunctions.Include).Order(StringComparer.Ordinal)
            .Select(name => new TemplateFunctionWord(name, FunctionHelp[name]))];

    private static IReadOnlyList<TemplateWord> Fields(Type type, int depth) =>
        [.. ViewModelShape.Properties(type).OrderBy(ViewModelShape.TemplateName, StringComparer.Ordinal).Select(p => Word(ViewModelShape.TemplateName(p), p.PropertyType, depth))];

    private static TemplateWord Word(string name, Type type, int depth)
    {
        var kind = ViewModelShape.KindOf(type);
        var deeper = depth + 1 < MaximumDepth;
        return kind switch
        {
            ShapeKind.Record when deeper => new TemplateWord(name, TemplateWordKind.Groep, Fields(type, depth + 1)),
            // A loop variable gets the element's values: {{ for kind in kinderen }} … {{ kind.naam }}.
            ShapeKind.List when deeper && ViewModelShape.KindOf(ViewModelShape.ElementType(type)!) == ShapeKind.Record =>
                new TemplateWord(name, TemplateWordKind.Lijst, Fields(ViewModelShape.ElementType(type)!, depth + 1)),
            ShapeKind.List => new TemplateWord(name, TemplateWordKind.Lijst, []),
            _ => new TemplateWord(name, TemplateWordKind.Waarde, []),
        };
    }
}

/// <summary>The view model's values and the template functions.</summary>
public sealed record TemplateWords(IReadOnlyList<TemplateWord> Waarden, IReadOnlyList<TemplateFunctionWord> Functies);

/// <summary>A value a template can name; a group's or a list element's own values under <see cref="Velden"/>.</summary>
public sealed record TemplateWord(string Naam, TemplateWordKind Soort, IReadOnlyList<TemplateWord> Velden);

public sealed record TemplateFunctionWord(string Naam, string Uitleg);

public enum TemplateWordKind
{
    Waarde,
    Groep,
    Lijst,
}
