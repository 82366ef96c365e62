using Suite.Framework.Domain;

namespace Suite.Docs.Domain.Templates;

/// <summary>
/// What a document is made from: a built-in form with its texts and options, a formatted text with merge fields, or a
/// Word file with merge fields (its bytes in the file store under <see cref="FileId"/>; a replaced file keeps its id,
/// so documents made from it still re-render). Built-in templates can be edited, not deleted.
/// </summary>
public sealed class Template : Entity
{
    private Template()
    {
        Name = null!;
        Kind = null!;
        Format = null!;
        Body = null!;
        NumberPrefix = null!;
    }

    public string Name { get; private set; }

    /// <summary>One of <see cref="TemplateKinds"/>.</summary>
    public string Kind { get; private set; }

    /// <summary>One of <see cref="TemplateFormats"/>.</summary>
    public string Format { get; private set; }

    /// <summary>The form's options or the text template; empty for a Word template.</summary>
    public string Body { get; private set; }

    /// <summary>The series its documents are numbered in, per year: "Д" gives Д-2026-0001.</summary>
    public string NumberPrefix { get; private set; }

    /// <summary>Which built-in template this is ("contract"), so seeding adds only the missing ones; null for a user's.</summary>
    public string? BuiltInKey { get; private set; }

    public bool IsBuiltIn => BuiltInKey is not null;

    /// <summary>A Word template's current file in the file store.</summary>
    public Guid? FileId { get; private set; }

    public string? FileName { get; private set; }
    public bool IsDeleted { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<string> EntityTypes => TemplateKinds.EntityTypes(Kind, Format);

    public static Template Create(string name, string kind, string format, string body, string? numberPrefix, DateTimeOffset at,
        string? builtInKey = null) => new()
    {
        Name = name,
        Kind = kind,
        Format = format,
        Body = body,
        NumberPrefix = string.IsNullOrWhiteSpace(numberPrefix) ? TemplateKinds.DefaultPrefix(kind) : numberPrefix.Trim(),
        BuiltInKey = builtInKey,
        CreatedAt = at,
        UpdatedAt = at,
    };

    public static Template ForWordFile(string name, string kind, Guid fileId, string fileName, string? numberPrefix, DateTimeOffset at)
    {
        var template = Create(name, kind, TemplateFormats.Docx, "", numberPrefix, at);
        template.FileId = fileId;
        template.FileName = fileName;
        return template;
    }

    public void Update(string name, string body, string? numberPrefix, DateTimeOffset at)
    {
        Name = name;
        if (Format != TemplateFormats.Docx)
            Body = body;
        if (!string.IsNullOrWhiteSpace(numberPrefix))
            NumberPrefix = numberPrefix.Trim();
        UpdatedAt = at;
    }

    public void ReplaceFile(Guid fileId, string fileName, DateTimeOffset at)
    {
        FileId = fileId;
        FileName = fileName;
        UpdatedAt = at;
    }

    public void Delete(DateTimeOffset at)
    {
        IsDeleted = true;
        UpdatedAt = at;
    }
}
