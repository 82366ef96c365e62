using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Framework.Paging;

/// <summary>The query of every list endpoint: bind it with [AsParameters].</summary>
public class PageRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 1000;

    [FromQuery(Name = "skipCount")] public int? SkipCount { get; set; }
    [FromQuery(Name = "maxResultCount")] public int? MaxResultCount { get; set; }

    /// <summary>A field name and an optional direction, e.g. "name desc"; several are separated by commas.</summary>
    [FromQuery(Name = "sorting")] public string? Sorting { get; set; }

    /// <summary>Free text the list matches against its main fields.</summary>
    [FromQuery(Name = "filter")] public string? Filter { get; set; }

    public int Skip => SkipCount ?? 0;
    public int Take => MaxResultCount ?? DefaultPageSize;

    public void Validate()
    {
        if (SkipCount < 0)
            throw InputValidationException.For("skipCount", Text.Pick("skipCount не может быть отрицательным.", "skipCount cannot be negative."));
        if (MaxResultCount is < 1 or > MaxPageSize)
            throw InputValidationException.For("maxResultCount",
                Text.Pick($"maxResultCount должен быть от 1 до {MaxPageSize}.", $"maxResultCount must be between 1 and {MaxPageSize}."));
    }
}
