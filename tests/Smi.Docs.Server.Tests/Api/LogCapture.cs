using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>
/// Every log line the service writes while a test runs, formatted as a console logger would, with its exception and
/// the values of its scopes (the request id), as the JSON console writes them.
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines, () => _scopes);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines, Func<IExternalScopeProvider> scopes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => scopes().Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The structured values too: a JSON log sink writes them even where the message template leaves them out.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            var scopeValues = new List<string>();
            scopes().ForEachScope((scope, list) => list.Add(scope is IEnumerable<KeyValuePair<string, object?>> items
                ? string.Join(" ", items.Select(p => $"{p.Key}={p.Value}"))
                : scope?.ToString() ?? ""), scopeValues);
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {{{string.Join(" ", scopeValues)}}} {exception}");
        }
    }
}
