using System.CommandLine;
using Smi.Docs.Storage;

namespace Smi.Docs.Cli;

/// <summary>
/// <c>--data</c> and <c>--database</c>: the service's storage, read as the service reads it (<see cref="StorageLocation"/>),
/// so a key the operator makes here is the key the service knows.
/// </summary>
internal sealed class StorageOptions
{
    public Option<string?> Data { get; } = new("--data")
    {
        Description = $"The service's data folder with its SQLite database (default: ${StorageLocation.DataFolderVariable} or ./{StorageLocation.DefaultDataFolder}).",
        Recursive = true,
    };

    public Option<string?> Database { get; } = new("--database")
    {
        Description = $"A PostgreSQL connection string instead of SQLite (default: ${StorageLocation.DatabaseVariable}).",
        Recursive = true,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Database);
    }

    public Task<SmiDatabase> OpenAsync(ParseResult parse, CancellationToken cancellationToken) =>
        SmiDatabase.OpenAsync(StorageLocation.Resolve(parse.GetValue(Data), parse.GetValue(Database)), cancellationToken);
}
