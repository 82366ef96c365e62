namespace Suite.Finance.Application.BankStatements;

/// <summary>
/// The statement's own figures disagree (opening + received − debited ≠ closing, or the documents do not add up to the
/// totals): the file is damaged or cut short, and nothing of it is imported. Becomes a 422 naming the figures.
/// </summary>
internal sealed class StatementDoesNotAddUpException(string message, IReadOnlyDictionary<string, object?> figures) : Exception(message)
{
    public const string Code = "Finance.BankStatement.DoesNotAddUp";

    public IReadOnlyDictionary<string, object?> Figures { get; } = figures;
}
