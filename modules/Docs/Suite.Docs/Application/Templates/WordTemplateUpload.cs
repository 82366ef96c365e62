using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Suite.Docs.Application.Templates;

/// <summary>A Word template uploaded as a form: <c>file</c>, <c>name</c>, <c>kind</c>, <c>numberPrefix</c>.</summary>
internal sealed class WordTemplateUpload
{
    [FromForm(Name = "file")] public IFormFile? File { get; set; }

    [FromForm(Name = "name")] public string? Name { get; set; }

    [FromForm(Name = "kind")] public string? Kind { get; set; }

    [FromForm(Name = "numberPrefix")] public string? NumberPrefix { get; set; }
}
