using Smi.Docs.Server;

await ServerApp.Create(args).RunAsync();

/// <summary>The entry point, public so <c>WebApplicationFactory&lt;Program&gt;</c> can start the service in tests.</summary>
public partial class Program;
