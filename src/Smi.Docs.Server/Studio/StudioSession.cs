using Smi.Docs.Storage;

namespace Smi.Docs.Server.Studio;

/// <summary>Who is signed in to the studio: the account and its municipality, read from the database on every request.</summary>
internal sealed record StudioSession(StudioAccount Account, Tenant Tenant);
