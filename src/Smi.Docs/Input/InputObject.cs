using System.Globalization;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Input;

/// <summary>
/// Reads the members of one object (JSON object or YAML mapping), reporting every problem to the
/// <see cref="InputContext"/> and going on with a neutral fallback, so one run finds all problems.
/// The reader's calls double as the list of known keys: whatever it did not ask for is unknown.
/// Messages name what was expected and never repeat the value found: case data is personal (docs/architecture.md §3).
/// </summary>
internal sealed class InputObject
{
    private readonly InputNode? _node;
    private readonly InputContext _context;
    private readonly Dictionary<string, InputMember> _members = new(StringComparer.Ordinal);
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);
    private List<InputMember>? _duplicates;

    private InputObject(InputNode? node, InputContext context)
    {
        _node = node;
        _context = context;
        foreach (var member in node?.Members ?? [])
        {
            if (!_members.TryAdd(member.Key, member))
            {
                (_duplicates ??= []).Add(member);
            }
        }
    }

    /// <summary>Reads <paramref name="node"/> as an object; anything else is reported and read as empty.</summary>
    public static T Read<T>(InputNode node, InputContext context, Func<InputObject, T> read)
    {
        if (node.Kind != InputKind.Object)
        {
            context.Report(InputProblem.WrongType, node, $"expected an object, found {InputNode.Describe(node.Kind)}");
            return read(new InputObject(null, context));
        }
        var reader = new InputObject(node, context);
        var result = read(reader);
        reader.ReportKeys();
        return result;
    }

    /// <param name="maxLength">A longer limit than the input's <see cref="InputLimits.TextLength"/>, for free text.</param>
    public string Text(string key, int? maxLength = null) => OptionalText(key, required: true, maxLength) ?? "";

    /// <summary>An optional text; an empty one counts as absent (an empty tussenvoegsel is no tussenvoegsel).</summary>
    public string? OptionalText(string key, int? maxLength = null) => OptionalText(key, required: false, maxLength);

    /// <summary>
    /// An optional path to a file, relative to the input file as people write it next to their profile;
    /// returned absolute. A file that does not exist is reported as <paramref name="notFoundCode"/>.
    /// </summary>
    public string? OptionalFilePath(string key, DiagnosticCode notFoundCode)
    {
        var node = Find(key, required: false);
        var text = node is null ? null : NonEmptyText(node);
        if (node is null || text is null)
        {
            return null;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(_context.File)) ?? "";
        var path = Path.GetFullPath(Path.Combine(directory, text));
        if (!File.Exists(path))
        {
            _context.Diagnostics.Error(notFoundCode, "file not found (resolved relative to this file)", _context.At(node));
        }
        return path;
    }

    public decimal Decimal(string key, decimal? maximum = null) =>
        Number(Find(key, required: true), maximum) ?? 0;

    /// <summary>An optional number; null or absent means "none" (e.g. no cap).</summary>
    public decimal? OptionalDecimal(string key, decimal? maximum = null) =>
        Number(Find(key, required: false), maximum);

    public int Integer(string key, int? maximum = null) => OptionalInteger(key, maximum, required: true) ?? 0;

    /// <summary>An optional whole number; null or absent means "none" (e.g. no maximum).</summary>
    public int? OptionalInteger(string key, int? maximum = null) => OptionalInteger(key, maximum, required: false);

    public bool Boolean(string key) => OptionalBoolean(key, required: true) ?? false;

    /// <summary>An optional true or false; absent or null gives null, so the reader picks the default.</summary>
    public bool? OptionalBoolean(string key) => OptionalBoolean(key, required: false);

    private bool? OptionalBoolean(string key, bool required)
    {
        var node = Find(key, required);
        if (node is null)
        {
            return null;
        }
        if (!node.TryGetBoolean(out var value))
        {
            ReportWrongType(node, "true or false");
            return null;
        }
        return value;
    }

    /// <summary>
    /// Where <paramref name="key"/> stands, or the object itself when the key is absent: for rules a reader checks
    /// on values it has already read (an unknown reference, a duplicate id).
    /// </summary>
    public SourceLocation Where(string key)
    {
        if (_members.TryGetValue(key, out var member))
        {
            return _context.At(member.Value);
        }
        return _node is null ? new SourceLocation(_context.File) : _context.At(_node);
    }

    public DateOnly Date(string key) => OptionalDate(key, required: true) ?? default;

    public DateOnly? OptionalDate(string key) => OptionalDate(key, required: false);

    /// <summary>A calendar month written <c>YYYY-MM</c>.</summary>
    public (int Jaar, int Maand) Month(string key)
    {
        var month = Formatted(Find(key, required: true), "a month as YYYY-MM", text =>
            DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
                && text.Length == 7 ? first : (DateOnly?)null);
        return month is { } m ? (m.Year, m.Month) : (0, 0);
    }

    /// <summary>One of a fixed set of lower-case names; the message lists them all.</summary>
    public T Choice<T>(string key, IReadOnlyList<(string Name, T Value)> options)
        where T : struct, Enum
    {
        var node = Find(key, required: true);
        if (node is null)
        {
            return default;
        }
        var allowed = string.Join(", ", options.Select(o => $"'{o.Name}'"));
        if (!node.TryGetText(out var text))
        {
            ReportWrongType(node, $"one of {allowed}");
            return default;
        }
        foreach (var (name, value) in options)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                return value;
            }
        }
        _context.Report(InputProblem.UnknownValue, node, $"unknown value; expected one of {allowed}");
        return default;
    }

    /// <summary>An optional choice; absent or null is null.</summary>
    public T? OptionalChoice<T>(string key, IReadOnlyList<(string Name, T Value)> options)
        where T : struct, Enum =>
        Find(key, required: false) is null ? null : Choice(key, options);

    /// <summary>
    /// Reports a rule between keys of this object (a key one choice needs), located at the key's path
    /// and the object's own line, since the key itself may be absent.
    /// </summary>
    public void Report(DiagnosticCode code, string key, string message)
    {
        if (_node is not null)
        {
            _context.Diagnostics.Error(code, message, _context.At(_node.MemberPath(key), _node.Line, _node.Column));
        }
    }

    /// <summary>
    /// One of an open set of names that comes from data, such as the codes of a catalogue; the message
    /// lists them all. Returns the text as found, or null after reporting a problem.
    /// </summary>
    /// <param name="retired">Names that were valid once and are now refused with their own code and message (a
    /// code a catalogue moved elsewhere), so the caller learns where it went instead of "unknown value".</param>
    public string? Name(string key, IReadOnlyCollection<string> names, IReadOnlyDictionary<string, (DiagnosticCode Code, string Message)>? retired = null)
    {
        var node = Find(key, required: true);
        var text = node is null ? null : RequiredText(node);
        if (node is null || text is null)
        {
            return null;
        }
        if (retired is not null && retired.TryGetValue(text, out var refusal))
        {
            _context.Diagnostics.Error(refusal.Code, refusal.Message, _context.At(node));
            return null;
        }
        if (!names.Contains(text, StringComparer.Ordinal))
        {
            _context.Report(InputProblem.UnknownValue, node, $"unknown value; expected one of {string.Join(", ", names.Select(n => $"'{n}'"))}");
            return null;
        }
        return text;
    }

    /// <summary>
    /// A mapping whose keys are chosen by the file (the codes of a catalogue), each value read as an
    /// object; in file order. Absent or null reads as empty when not <paramref name="required"/>.
    /// </summary>
    public IReadOnlyList<(InputMember Member, T Value)> Entries<T>(string key, Func<InputObject, T> read, bool required = true)
    {
        var node = Find(key, required);
        if (node is null)
        {
            return [];
        }
        if (node.Kind != InputKind.Object)
        {
            ReportWrongType(node, "an object");
            return [];
        }
        return node.Members.Select(m => (m, Read(m.Value, _context, read))).ToList();
    }

    public T Object<T>(string key, Func<InputObject, T> read)
    {
        var node = Find(key, required: true);
        return node is null ? read(new InputObject(null, _context)) : Read(node, _context, read);
    }

    public T? OptionalObject<T>(string key, Func<InputObject, T> read)
        where T : class
    {
        var node = Find(key, required: false);
        return node is null ? null : Read(node, _context, read);
    }

    /// <summary>
    /// A translation (locales/README.md) starts with a <c>vertaling:</c> block for the translators' tools (source,
    /// hash, status, notes); a reader of the text itself accepts it and passes over it.
    /// </summary>
    public void PassOverTranslationBlock() =>
        OptionalObject("vertaling", v => new[] { v.OptionalText("bron"), v.OptionalText("bronHash"), v.OptionalText("status"), v.OptionalText("notities") });

    /// <summary>A list of objects; when not <paramref name="required"/>, absent or null reads as empty.</summary>
    public IReadOnlyList<T> Objects<T>(string key, Func<InputObject, T> read, bool required = true) =>
        List(key, required, item => Read(item, _context, read));

    /// <summary>A list of non-empty texts, such as the lines of an address.</summary>
    public IReadOnlyList<string> Texts(string key) =>
        List(key, required: true, item => RequiredText(item) ?? "");

    /// <summary>An optional list of non-empty texts; null when absent, so "not given" differs from "empty".</summary>
    public IReadOnlyList<string>? OptionalTexts(string key) =>
        _members.TryGetValue(key, out var member) && member.Value.Kind != InputKind.Null
            ? List(key, required: false, item => RequiredText(item) ?? "")
            : Asked(key);

    private IReadOnlyList<string>? Asked(string key)
    {
        _asked.Add(key);
        return null;
    }

    private IReadOnlyList<T> List<T>(string key, bool required, Func<InputNode, T> readItem)
    {
        var node = Find(key, required);
        if (node is null)
        {
            return [];
        }
        if (node.Kind != InputKind.Array)
        {
            ReportWrongType(node, "a list");
            return [];
        }
        return node.Items.Select(readItem).ToList();
    }

    private string? OptionalText(string key, bool required, int? maxLength)
    {
        var node = Find(key, required);
        return node is null ? null : required ? RequiredText(node, maxLength) : NonEmptyText(node, maxLength);
    }

    private string? RequiredText(InputNode node, int? maxLength = null)
    {
        var text = NonEmptyText(node, maxLength);
        if (text is null && node.Kind == InputKind.String && !_context.HasErrorAt(node.Path))
        {
            _context.Report(InputProblem.Missing, node, "must not be empty");
        }
        return text;
    }

    private string? NonEmptyText(InputNode node, int? maxLength = null)
    {
        if (!node.TryGetText(out var text))
        {
            ReportWrongType(node, "a string");
            return null;
        }
        if (_context.Boundary is ({ } limits, { } codes))
        {
            var limit = maxLength ?? limits.TextLength;
            if (text.Length > limit)
            {
                _context.Diagnostics.Error(codes.TextTooLong, $"the text is longer than {limit} characters; expected at most {limit}", _context.At(node));
                return null;
            }
            if (!TextCharacters.AreValid(text))
            {
                _context.Diagnostics.Error(codes.TextCharacters,
                    "the text holds a control character or an invalid character; expected printable text on one line", _context.At(node));
                return null;
            }
        }
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private decimal? Number(InputNode? node, decimal? maximum)
    {
        if (node is null)
        {
            return null;
        }
        switch (node.TryGetDecimal(out var value))
        {
            case NumberParse.NotANumber:
                ReportWrongType(node, "a number");
                return null;
            case NumberParse.OutOfRange:
                _context.Report(InputProblem.NumberOutOfRange, node, "number is too large or too precise for a decimal");
                return null;
        }
        if (_context.Boundary is ({ } limits, { } codes) && !(DecimalText.FractionDigits(node.NumberText) <= limits.MaxDecimals))
        {
            _context.Diagnostics.Error(codes.TooPrecise,
                $"the number has more than {limits.MaxDecimals} decimals; expected whole cents or hundredths of an hour, rounded before sending", _context.At(node));
            return null;
        }
        // Every number in our inputs is a count, an amount or a share: none can be negative.
        if (value < 0)
        {
            _context.Report(InputProblem.Negative, node, "must not be negative");
            return null;
        }
        if (value > maximum)
        {
            _context.Report(InputProblem.AboveMaximum, node, $"must be at most {maximum.Value.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return value;
    }

    private int? OptionalInteger(string key, int? maximum, bool required)
    {
        var node = Find(key, required);
        var value = Number(node, maximum ?? int.MaxValue);
        if (node is not null && value is { } v && v != decimal.Truncate(v))
        {
            ReportWrongType(node, "a whole number");
            return null;
        }
        return value is null ? null : (int)value.Value;
    }

    private DateOnly? OptionalDate(string key, bool required) =>
        Formatted(Find(key, required), "a date as YYYY-MM-DD", text =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date : null);

    private DateOnly? Formatted(InputNode? node, string expected, Func<string, DateOnly?> parse)
    {
        if (node is null)
        {
            return null;
        }
        if (!node.TryGetText(out var text))
        {
            ReportWrongType(node, expected);
            return null;
        }
        var value = parse(text);
        if (value is null)
        {
            _context.Report(InputProblem.InvalidDate, node, $"not a valid date; expected {expected}");
        }
        else if (_context.Boundary is ({ FirstDate: { } first, LastDate: { } last }, { DateOutsideWindow: { } code }) && (value < first || value > last))
        {
            // The tables, holidays and terms the engine knows span these years; 9999-12-31 would overflow a date.
            _context.Diagnostics.Error(code, $"the date lies outside the years the engine supports; expected {first:yyyy-MM-dd} to {last:yyyy-MM-dd}", _context.At(node));
            return null;
        }
        return value;
    }

    /// <summary>
    /// The member's node, or null when it is absent or null (reported when <paramref name="required"/>).
    /// A reader that is only filling in fallbacks for an absent object reports nothing: its parent did.
    /// </summary>
    private InputNode? Find(string key, bool required)
    {
        _asked.Add(key);
        if (_node is null)
        {
            return null;
        }
        if (_members.TryGetValue(key, out var member) && member.Value.Kind != InputKind.Null)
        {
            return member.Value;
        }
        if (required)
        {
            var where = member is null ? _context.At(_node.MemberPath(key), _node.Line, _node.Column) : _context.At(member.Value);
            _context.Report(InputProblem.Missing, where,
                member is null ? $"required {_context.KeyNoun} '{key}' is missing" : $"required {_context.KeyNoun} '{key}' must not be null");
        }
        return null;
    }

    private void ReportWrongType(InputNode node, string expected) =>
        _context.Report(InputProblem.WrongType, node, $"expected {expected}, found {InputNode.Describe(node.Kind)}");

    /// <summary>
    /// Reports repeated and unknown keys once the reader has asked for every key it knows. A key is named only when
    /// the reader knows it or it is a short token (<see cref="KeyNames"/>), since anything else may be data used as a
    /// key (a name, an IBAN) or text made to forge a message; such a key is located by its position instead.
    /// </summary>
    private void ReportKeys()
    {
        foreach (var member in _duplicates ?? [])
        {
            var shown = Shows(member) ? $"{_context.KeyNoun} '{member.Key}'" : $"an unknown {_context.KeyNoun}";
            _context.Report(InputProblem.DuplicateKey, _context.At(PathOf(member), member.Line, member.Column), $"{shown} appears more than once");
        }
        foreach (var member in _members.Values.Where(m => !_asked.Contains(m.Key)))
        {
            var message = !Shows(member)
                ? $"an unknown {_context.KeyNoun}; remove it (docs/diagnostics.md and the schema list every {_context.KeyNoun})"
                : KeySuggestion.Closest(member.Key, _asked) is { } known
                    ? $"unknown {_context.KeyNoun} '{member.Key}'; did you mean '{known}'?"
                    : $"unknown {_context.KeyNoun} '{member.Key}'";
            _context.Report(InputProblem.UnknownKey, _context.At(PathOf(member), member.Line, member.Column), message);
        }
    }

    private bool Shows(InputMember member) => _asked.Contains(member.Key) || KeyNames.IsToken(member.Key);

    private string PathOf(InputMember member) =>
        Shows(member) ? member.Value.Path : _node!.PositionPath(member.Index);
}
