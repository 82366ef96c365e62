namespace Suite.Host.Hosting;

/// <summary>
/// Where the Angular build is served from: the project's wwwroot when started from the project folder
/// (`dotnet run`, tests), otherwise the copy the build puts next to Suite.Host.dll.
/// </summary>
internal static class WebRoot
{
    public static string? Find()
    {
        var inWorkingFolder = Path.Combine(Directory.GetCurrentDirectory(), "wwwroot");
        if (File.Exists(Path.Combine(inWorkingFolder, "index.html")))
            return null; // the default, content root/wwwroot
        var nextToDll = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(nextToDll) ? nextToDll : null;
    }
}
