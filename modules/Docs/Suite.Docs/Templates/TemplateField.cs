namespace Suite.Docs.Templates;

/// <summary>A merge field the template editor lists: its name in a template, what it holds in Russian and English, an example.</summary>
internal sealed record TemplateField(string Name, string DescriptionRu, string DescriptionEn, string Example);
