namespace Smi.Docs.Server.Attachments;

internal static class AttachmentSetup
{
    /// <summary>The intake the online form takes parents' files through (issue 17 point 3).</summary>
    public static IServiceCollection AddAttachments(this IServiceCollection services) => services
        .AddSingleton(sp => AttachmentSettings.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<ServerSettings>().Storage))
        .AddSingleton<AttachmentStore>()
        .AddSingleton<AttachmentIntake>();
}
