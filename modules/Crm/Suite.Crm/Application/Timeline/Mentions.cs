using System.Text.RegularExpressions;

namespace Suite.Crm.Application.Timeline;

/// <summary>
/// The @user names a comment mentions: "@boris", "@anna.petrova" — an @ not glued to a word before it (so an e-mail
/// address is not a mention), then the user name; a full stop or hyphen ending the sentence is not part of it.
/// </summary>
internal static partial class Mentions
{
    public static IReadOnlyList<string> UserNamesIn(string text) =>
        Mention().Matches(text).Select(m => m.Groups["name"].Value.TrimEnd('.', '-').ToLowerInvariant())
            .Where(n => n.Length > 0).Distinct().ToList();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.@-])@(?<name>[\p{L}\p{N}_.-]+)")]
    private static partial Regex Mention();
}
