using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Batches;

/// <summary>
/// The job engine under the batches (Hangfire, docs/server.md "Batches"): its storage sits beside the service's own —
/// a file <c>hangfire.db</c> in the SQLite data folder, or the schema <c>hangfire</c> of the same PostgreSQL database, where
/// every instance takes jobs from one queue. Jobs are stored before they run, so a batch survives a restart. Built from
/// this service's settings and services rather than Hangfire's static configuration, so two services in one process
/// (the tests) never share a queue.
/// </summary>
internal sealed class BatchJobHost(ServerSettings settings, Hosting.DatabaseHost storage, IServiceProvider services, ILoggerFactory loggers) : IHostedService, IDisposable
{
    public const string Queue = "batches";
    private const string CleanUpJob = "batches-opruimen";
    private const string SweepJob = "batches-inplannen";

    private JobStorage? _storage;
    private BackgroundJobServer? _server;

    public IBackgroundJobClient Client => new BackgroundJobClient(_storage ?? throw new InvalidOperationException("the job engine starts with the service"));

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var batches = settings.Batches;
        HangfireLog.Use(loggers);
        _storage = settings.Storage.Provider == StorageProvider.PostgreSql
            ? new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(settings.Storage.ConnectionString, PostgreSqlOptions(batches)), PostgreSqlOptions(batches))
            : new SQLiteStorage(SqliteFile(settings.Storage), new SQLiteStorageOptions { InvisibilityTimeout = batches.JobTimeout, QueuePollInterval = batches.PollInterval });
        var recurring = new RecurringJobManager(_storage);
        recurring.AddOrUpdate<BatchJobs>(CleanUpJob, Queue, jobs => jobs.RemoveExpiredAsync(CancellationToken.None), Cron.Hourly());
        // The online form's retention (issue 17): expired drafts and taken applications deleted, on the same schedule.
        recurring.AddOrUpdate<Forms.ApplicationRetention>(Forms.ApplicationRetention.JobId, Queue, jobs => jobs.RemoveExpiredAsync(CancellationToken.None), Cron.Hourly());
        recurring.AddOrUpdate<BatchJobs>(SweepJob, Queue, jobs => jobs.QueueForgottenAsync(CancellationToken.None), Cron.Minutely());
        if (batches.Workers > 0)
        {
            _server = new BackgroundJobServer(new BackgroundJobServerOptions
            {
                WorkerCount = batches.Workers,
                Queues = [Queue],
                ServerName = batches.InstanceName,
                Activator = new ServiceJobActivator(services),
                SchedulePollingInterval = batches.PollInterval,
            }, _storage);
        }
        return Task.CompletedTask;
    }

    /// <summary>Puts a job per <see cref="BatchSettings.ChunkSize"/> items of the batch in the queue, then records that it did.</summary>
    public async Task QueueAsync(StoredBatch batch, CancellationToken cancellationToken)
    {
        var client = Client;
        var chunk = settings.Batches.ChunkSize;
        for (var from = 0; from < batch.Total; from += chunk)
        {
            var (first, end) = (from, Math.Min(from + chunk, batch.Total));
            client.Enqueue<BatchJobs>(j => j.MakeAsync(batch.Id, first, end, null, CancellationToken.None));
        }
        await new BatchStore(storage.Database).MarkQueuedAsync(batch.Id, cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            // Jobs in flight are cancelled and go back to the queue, to be taken again when an instance runs.
            _server.SendStop();
            await _server.WaitForShutdownAsync(cancellationToken);
        }
        HangfireLog.Release(loggers);
    }

    public void Dispose() => _server?.Dispose();

    private static PostgreSqlStorageOptions PostgreSqlOptions(BatchSettings batches) => new()
    {
        InvisibilityTimeout = batches.JobTimeout,
        UseSlidingInvisibilityTimeout = true,
        QueuePollInterval = batches.PollInterval,
        PrepareSchemaIfNecessary = true,
    };

    private static string SqliteFile(StorageLocation storage) => Path.Combine(storage.DataFolder!, "hangfire.db");

    /// <summary>Jobs get their services from this service's container.</summary>
    private sealed class ServiceJobActivator(IServiceProvider services) : JobActivator
    {
        public override object ActivateJob(Type jobType) => services.GetRequiredService(jobType);
    }
}
