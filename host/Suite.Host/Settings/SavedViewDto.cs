namespace Suite.Host.Settings;

/// <summary>A saved view as the API shows it; <see cref="CanChange"/> says whether the signed-in user may change or delete it.</summary>
internal sealed record SavedViewDto(
    Guid Id,
    string List,
    string Name,
    IReadOnlyDictionary<string, string> Query,
    bool Shared,
    Guid OwnerId,
    string? OwnerName,
    bool CanChange,
    string ConcurrencyStamp);
