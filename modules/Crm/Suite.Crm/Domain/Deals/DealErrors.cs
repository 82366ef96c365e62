namespace Suite.Crm.Domain.Deals;

/// <summary>The stable codes of the 409 answers about deals.</summary>
public static class DealErrors
{
    public const string Closed = "Crm.Deal.Closed";
    public const string NotClosed = "Crm.Deal.NotClosed";
    public const string StageOfAnotherPipeline = "Crm.Deal.StageOfAnotherPipeline";
    public const string UseWinOrLose = "Crm.Deal.UseWinOrLose";
}
