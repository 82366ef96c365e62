namespace Suite.Docs.Application.Templates;

/// <summary>A template as the editor shows it (<see cref="Body"/> is empty for a Word template: its file has its own endpoint).</summary>
internal sealed record TemplateDto(
    Guid Id, string Name, string Kind, string Format, string Body, IReadOnlyList<string> EntityTypes, string NumberPrefix,
    bool IsBuiltIn, string? FileName, DateTimeOffset UpdatedAt);

/// <summary>A template as lists show it.</summary>
internal sealed record TemplateListItemDto(
    Guid Id, string Name, string Kind, string Format, IReadOnlyList<string> EntityTypes, string NumberPrefix, bool IsBuiltIn,
    DateTimeOffset UpdatedAt);
