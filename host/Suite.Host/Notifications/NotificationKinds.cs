namespace Suite.Host.Notifications;

/// <summary>What a notification is about; each user chooses per kind whether it shows in the app and comes by e-mail.</summary>
public static class NotificationKinds
{
    public const string TaskAssigned = "taskAssigned";
    public const string TaskOverdue = "taskOverdue";
    public const string TaskCompleted = "taskCompleted";
    public const string LeadReceived = "leadReceived";
    public const string Mention = "mention";
    public const string DealWithoutNextStep = "dealWithoutNextStep";

    public static readonly IReadOnlyList<string> All =
        [TaskAssigned, TaskOverdue, TaskCompleted, LeadReceived, Mention, DealWithoutNextStep];

    /// <summary>Until a user chooses: everything in the app, e-mail only for what must not wait (a task set for them or overdue).</summary>
    public static NotificationChannels Default(string kind) => new(InApp: true, Email: kind is TaskOverdue or TaskAssigned);
}

public sealed record NotificationChannels(bool InApp, bool Email)
{
    public bool Any => InApp || Email;
}
