using System.Collections.Frozen;

namespace Smi.Docs.Catalogues;

/// <summary>
/// A catalogue of entries with stable codes (rejection reasons, missing items): read once from a YAML file
/// built into this assembly, checked, frozen and shared across threads.
/// </summary>
public abstract class Catalogus<T>
    where T : class
{
    private readonly FrozenDictionary<string, T> _byCode;

    protected Catalogus(IReadOnlyList<T> entries, Func<T, string> code)
    {
        Entries = entries;
        Codes = entries.Select(code).ToList();
        _byCode = entries.ToFrozenDictionary(code, StringComparer.Ordinal);
    }

    /// <summary>Every code in catalogue order.</summary>
    public IReadOnlyList<string> Codes { get; }

    protected IReadOnlyList<T> Entries { get; }

    public T this[string code] => _byCode[code];

    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>The text of a catalogue built into this assembly; <paramref name="bronBestand"/> names it in errors.</summary>
    protected static string ReadEmbedded(string resourceName, string bronBestand)
    {
        using var stream = typeof(Catalogus<T>).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"the catalogue {bronBestand} is not embedded in Smi.Docs");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
