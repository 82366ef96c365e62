namespace Suite.Docs.Application.Documents;

/// <summary>File names that every system saves as given: no path separators or characters Windows refuses.</summary>
internal static class FileNames
{
    private static readonly char[] Refused = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    public static string Safe(string name)
    {
        var cleaned = new string(name.Select(c => char.IsControl(c) || Refused.Contains(c) ? '_' : c).ToArray()).Trim().TrimEnd('.');
        return cleaned.Length == 0 ? "document" : cleaned.Length > 200 ? cleaned[..200] : cleaned;
    }
}
