using FluentValidation;

namespace Suite.Docs.Application.Templates;

/// <summary>Rules the template forms share.</summary>
internal static class TemplateRules
{
    /// <summary>A series prefix: letters and digits only, since the number adds its own hyphens.</summary>
    public static IRuleBuilderOptions<T, string?> NumberPrefix<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(20).Matches(@"^[\p{L}\p{N}]*$")
            .WithMessage("numberPrefix is letters and digits only (the number adds its own hyphens: Д-2026-0001).");
}
