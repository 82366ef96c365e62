using Suite.Docs.Templates;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Docs.Application.Generating;

/// <summary>A template that does not compile or render answers 422 with each error's place, for the editor to point at.</summary>
internal static class TemplateErrors
{
    public const string Code = "Docs.Template.Invalid";

    public static UnprocessableContentException Refusal(IReadOnlyList<TemplateError> errors) =>
        new(Code, Text.Pick("Шаблон содержит ошибки: ", "The template has errors: ") + string.Join("; ", errors.Take(5)))
        {
            Extensions = new Dictionary<string, object?>
            {
                ["errors"] = errors.Select(e => new
                {
                    kind = e.Kind.ToString().ToLowerInvariant(), line = e.Line, column = e.Column, message = e.Message,
                }).ToList(),
            },
        };
}
