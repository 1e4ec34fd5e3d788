using System.Threading.Channels;
using Microsoft.Playwright;

namespace Smi.Docs.Pdf;

/// <summary>
/// Pages opened once and reused: a new page per document costs ~200 ms against ~60 ms for a print
/// (reference/pdf-probe.md). A caller waits for a free page, so concurrency is bounded by the pool size.
/// </summary>
internal sealed class PagePool
{
    private readonly IBrowserContext _context;
    private readonly Channel<IPage> _free = Channel.CreateUnbounded<IPage>();

    private PagePool(IBrowserContext context) => _context = context;

    public static async Task<PagePool> OpenAsync(IBrowserContext context, int size)
    {
        var pool = new PagePool(context);
        for (var i = 0; i < size; i++)
        {
            pool._free.Writer.TryWrite(await context.NewPageAsync());
        }
        return pool;
    }

    public ValueTask<IPage> RentAsync(CancellationToken ct) => _free.Reader.ReadAsync(ct);

    public async Task ReturnAsync(IPage page)
    {
        if (page.IsClosed)
        {
            // A crashed renderer closes its page; replace it so the pool keeps its size.
            try
            {
                page = await _context.NewPageAsync();
            }
            catch (PlaywrightException)
            {
                // The browser itself is gone: fail waiting callers instead of letting them wait forever.
                Complete();
                return;
            }
        }
        _free.Writer.TryWrite(page);
    }

    /// <summary>Stops handing out pages; closing the context closes them.</summary>
    public void Complete() => _free.Writer.TryComplete();
}
