using Smi.Docs.Storage;

namespace Smi.Docs.Server.Hosting;

/// <summary>Opens the database (and brings its schema up to date) before the first request, and closes it after the last.</summary>
internal sealed class DatabaseHost(ServerSettings settings, ILogger<DatabaseHost> logger) : IHostedService
{
    private SmiDatabase? _database;

    public SmiDatabase Database => _database ?? throw new InvalidOperationException("the database is opened when the service starts");

    public TenantStore Tenants => new(Database);

    public ApiKeyStore Keys => new(Database);

    public AuditTrail Audit => new(Database);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _database = await SmiDatabase.OpenAsync(settings.Storage, cancellationToken);
        logger.LogInformation("Storage: {Storage}", settings.Storage);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
