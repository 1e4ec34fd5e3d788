namespace Smi.Docs.Server.Studio;

/// <summary>
/// The bundle scripts/build-studio.sh makes (studio.js, studio.css), served from <see cref="StudioSettings.Assets"/>.
/// Only these two names are served, so no path is ever built from the request.
/// </summary>
internal static class StudioAssets
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["studio.js"] = "text/javascript; charset=utf-8",
        ["studio.css"] = "text/css; charset=utf-8",
    };

    public static IResult Serve(string file, StudioSettings settings)
    {
        if (!Files.TryGetValue(file, out var contentType))
        {
            return Results.NotFound();
        }
        var path = Path.Combine(settings.Assets, file);
        return File.Exists(path)
            ? TypedResults.PhysicalFile(Path.GetFullPath(path), contentType)
            : Results.Problem("the studio's bundle is missing: run scripts/build-studio.sh", statusCode: StatusCodes.Status404NotFound);
    }
}
