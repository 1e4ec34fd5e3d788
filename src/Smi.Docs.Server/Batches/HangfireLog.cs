using HangfireLevel = Hangfire.Logging.LogLevel;

namespace Smi.Docs.Server.Batches;

/// <summary>
/// Hangfire's log into ours. Hangfire keeps one log provider per process, so it cannot hold a service's logger factory
/// (a second service in the process, or one that has stopped, would log through a disposed one): it asks this bridge,
/// which forwards to the factory of the service that runs now and drops lines while none does. An exception is logged
/// by its type only, as everywhere in the service: .NET messages can quote input.
/// </summary>
internal sealed class HangfireLog : Hangfire.Logging.ILogProvider
{
    private static ILoggerFactory? _current;

    public static void Use(ILoggerFactory loggers)
    {
        Volatile.Write(ref _current, loggers);
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(new HangfireLog());
    }

    public static void Release(ILoggerFactory loggers) => Interlocked.CompareExchange(ref _current, null, loggers);

    public Hangfire.Logging.ILog GetLogger(string name) => new Forwarder(name);

    private sealed class Forwarder(string name) : Hangfire.Logging.ILog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                if (Volatile.Read(ref _current)?.CreateLogger(name) is not { } logger || !logger.IsEnabled(Level(logLevel)))
                {
                    return false;
                }
                if (messageFunc is not null)
                {
                    logger.Log(Level(logLevel), "{HangfireMessage}{ExceptionType}", messageFunc(), exception is null ? "" : $" ({exception.GetType().FullName})");
                }
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    private static LogLevel Level(HangfireLevel level) => level switch
    {
        HangfireLevel.Trace => LogLevel.Trace,
        HangfireLevel.Debug => LogLevel.Debug,
        HangfireLevel.Info => LogLevel.Information,
        HangfireLevel.Warn => LogLevel.Warning,
        HangfireLevel.Error => LogLevel.Error,
        _ => LogLevel.Critical,
    };
}
