namespace Suite.Framework.Privacy;

/// <summary>
/// What one module holds about a client's contact person, for a data subject's request under 152-FZ ("what do you
/// keep about me"). Each module answers for its own records; the host puts the answers into one file.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The module's records about the contact; empty when it holds none.</summary>
    Task<IReadOnlyList<PersonalDataSection>> ExportContactAsync(Guid contactId, CancellationToken cancellationToken);
}

/// <summary>One kind of record a module holds about the person (the contact card, its leads, its tasks), each record as field → value.</summary>
public sealed record PersonalDataSection(string Module, string Kind, IReadOnlyList<IReadOnlyDictionary<string, string?>> Records);

/// <summary>A personal data source the host asks; resolved in the request's scope.</summary>
public sealed record PersonalDataSourceType(Type Type);
