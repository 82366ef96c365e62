using System.Globalization;

namespace Suite.Framework.Localization;

/// <summary>
/// A message in the UI's two languages. The request's culture picks one: the web app sends its language in
/// Accept-Language, and Russian is the default.
/// </summary>
public static class Text
{
    public static string Pick(string russian, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : russian;
}
