namespace Suite.Tasks.Domain.Rules;

/// <summary>Who gets a rule's task.</summary>
public enum RuleAssignment
{
    /// <summary>The owner of the deal, lead or invoice the event is about.</summary>
    Owner,
    /// <summary>The user the rule names.</summary>
    User,
    /// <summary>Of the active users with the rule's role, the one with the fewest open tasks.</summary>
    LeastLoaded,
}
