using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>
/// The service in memory (<see cref="WebApplicationFactory{TEntryPoint}"/>) on its own empty storage, with tenants and
/// keys made the way the operator makes them (the same stores), every log line captured, and PDF off unless asked for.
/// </summary>
public sealed class TestService : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private readonly string? _ownFolder;

    /// <summary>The service's clock when a test fixes the day (publishing dates are "today or later").</summary>
    private readonly TimeProvider? _clock;

    public TestService(StorageLocation? storage = null, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        _clock = clock;
        _ownFolder = storage is null ? Directory.CreateTempSubdirectory("smi-docs-service-").FullName : null;
        Storage = storage ?? StorageLocation.Sqlite(_ownFolder!);
        _settings = new Dictionary<string, string?>
        {
            ["Smi:Templates"] = RepoPaths.Templates,
            ["Smi:Pdf"] = "false",
        };
        if (Storage.Provider == StorageProvider.PostgreSql)
        {
            _settings["Smi:Database"] = Storage.ConnectionString;
        }
        else
        {
            _settings["Smi:DataFolder"] = Storage.DataFolder;
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public StorageLocation Storage { get; }

    public LogCapture Logs { get; } = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Adds a tenant with an example profile (and its own templates) and returns a new key for it.</summary>
    public async Task<string> AddTenantAsync(string id, string profile = "voorbeeldstad", string? templates = null, string? profilePath = null)
    {
        await using var database = await SmiDatabase.OpenAsync(Storage, Ct);
        await new TenantStore(database).AddAsync(new Tenant(id, id, profilePath ?? RepoPaths.Profile(profile), templates, DateTimeOffset.UtcNow), Ct);
        return await NewKeyAsync(id);
    }

    public async Task<string> NewKeyAsync(string tenant)
    {
        await using var database = await SmiDatabase.OpenAsync(Storage, Ct);
        return (await new ApiKeyStore(database).CreateAsync(tenant, Ct))!.Secret;
    }

    public async Task RevokeAsync(string secret)
    {
        await using var database = await SmiDatabase.OpenAsync(Storage, Ct);
        var keys = new ApiKeyStore(database);
        await keys.RevokeAsync((await keys.FindBySecretAsync(secret, Ct))!.KeyId, Ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string tenant)
    {
        await using var database = await SmiDatabase.OpenAsync(Storage, Ct);
        return await new AuditTrail(database).ListAsync(tenant, cancellationToken: Ct);
    }

    /// <summary>A client that sends <paramref name="key"/> as a bearer token.</summary>
    public HttpClient ClientWith(string? key)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownFolder is not null)
        {
            // Pooled connections keep the file open; closed, the folder can go.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_ownFolder, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        if (_clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(_clock));
        }
    }

    /// <summary>A clock that always says <paramref name="now"/>.</summary>
    public sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
