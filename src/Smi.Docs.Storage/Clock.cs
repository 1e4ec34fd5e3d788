using System.Globalization;

namespace Smi.Docs.Storage;

/// <summary>Times as the database stores them: ISO 8601 UTC text, which sorts as time and reads the same in SQLite and PostgreSQL.</summary>
internal static class Clock
{
    public static string Now() => Text(DateTimeOffset.UtcNow);

    public static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
