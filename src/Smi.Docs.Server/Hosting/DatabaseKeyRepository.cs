using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Hosting;

/// <summary>
/// Data Protection's key ring in our own database (SQLite or PostgreSQL), so every instance, and the same instance after
/// a restart, reads the cookies and anti-forgery tokens the others wrote (docs/server.md, Operations). The keys sit in
/// the database unencrypted, as they would in Data Protection's own folder on Linux: whoever can read the database can
/// read the sessions, which is why the database holds the audit trail's access rules already.
/// </summary>
internal sealed class DatabaseKeyRepository(DatabaseHost storage) : IXmlRepository
{
    // Data Protection asks for its keys rarely (at the first protect, then about once a day) and only synchronously.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. new DataProtectionKeyStore(storage.Database).AllAsync().GetAwaiter().GetResult().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName) =>
        new DataProtectionKeyStore(storage.Database).AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();

    public static void AddTo(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("smi-docs");
        services.AddOptions<KeyManagementOptions>().Configure<DatabaseHost>((options, storage) => options.XmlRepository = new DatabaseKeyRepository(storage));
    }
}
