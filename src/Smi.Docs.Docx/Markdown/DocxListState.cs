namespace Smi.Docs.Docx.Markdown;

/// <summary>
/// Where we are in nested lists: the numbering instance and level of each open list, and whether the current
/// item already has its numbered paragraph (later paragraphs of the item continue without a number).
/// </summary>
internal sealed class DocxListState
{
    private readonly Stack<Entry> open = new();

    public int Depth => open.Count;

    public bool InList => open.Count > 0;

    public void Push(int numId, string styleId, int level) => open.Push(new Entry(numId, styleId, level));

    public void Pop() => open.Pop();

    public void StartItem() => open.Peek().ItemNumbered = false;

    /// <summary>Returns the numbering for the first paragraph of an item, null for its later paragraphs.</summary>
    public (int NumId, int Level, string StyleId)? TakeItemNumbering()
    {
        var entry = open.Peek();
        if (entry.ItemNumbered)
        {
            return null;
        }

        entry.ItemNumbered = true;
        return (entry.NumId, entry.Level, entry.StyleId);
    }

    /// <summary>
    /// Hides the open lists while a table is written: a paragraph in a cell is cell text, not a list item,
    /// even when the table stands inside a list.
    /// </summary>
    public Stack<Entry> Detach()
    {
        var saved = new Stack<Entry>(open.Reverse());
        open.Clear();
        return saved;
    }

    public void Restore(Stack<Entry> saved)
    {
        open.Clear();
        foreach (var entry in saved.Reverse())
        {
            open.Push(entry);
        }
    }

    public int CurrentLevel => open.Count == 0 ? 0 : open.Peek().Level;

    internal sealed class Entry(int numId, string styleId, int level)
    {
        public int NumId { get; } = numId;

        public string StyleId { get; } = styleId;

        public int Level { get; } = level;

        public bool ItemNumbered { get; set; }
    }
}
