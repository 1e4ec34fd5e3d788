using System.Text;

namespace Smi.Docs.Rendering;

/// <summary>
/// A <see cref="StringBuilder"/> the thread keeps between letters. A letter's template output and its HTML page are
/// tens of kilobytes each, and growing new builders for them was a good share of what the garbage collector had to
/// collect per letter. Take one, use it, give it back; a nested use on the same thread simply gets a new one.
/// </summary>
internal static class ThreadStringBuilder
{
    // A bigger one (a bundle of many parts) is left to the collector rather than kept for the thread's lifetime.
    private const int KeptCapacity = 512 * 1024;

    [ThreadStatic]
    private static StringBuilder? idle;

    public static StringBuilder Take(int capacity)
    {
        var builder = idle ?? new StringBuilder(capacity);
        idle = null;
        return builder.Clear();
    }

    public static void GiveBack(StringBuilder builder)
    {
        if (builder.Capacity <= KeptCapacity)
        {
            idle = builder;
        }
    }
}
