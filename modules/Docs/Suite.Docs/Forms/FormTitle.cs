using Suite.Docs.Rendering;

namespace Suite.Docs.Forms;

/// <summary>A form's heading, "Акт № 7 от 3 декабря 2026 г.": its name (or the template's <c>title:</c>), number and date.</summary>
internal static class FormTitle
{
    private static readonly TextStyle Style = new(14, Bold: true);

    public static TextBlock Build(string name, FormOptions options, string number, DateOnly date, FormLabels words, Language language,
        TextAlign align = TextAlign.Left) =>
        new($"{options.Title ?? name} {words.NumberSign} {number} {words.Dated} {PrintFormat.Date(date, language)}", Style.WithAlign(align));
}
