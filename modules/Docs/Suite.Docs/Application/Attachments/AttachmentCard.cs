using Suite.Docs.Domain.Cards;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Docs.Application.Attachments;

/// <summary>The card an upload or a list names (entityType, entityId): both required, the type one of <see cref="CardTypes.All"/>.</summary>
internal static class AttachmentCard
{
    /// <summary>The card named by the form or query, or 400 naming what is missing.</summary>
    public static (string EntityType, Guid EntityId) Require(string? entityType, Guid? entityId)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(entityType))
            errors["entityType"] = [Text.Pick("Укажите тип карточки.", "Give the kind of card.")];
        else if (!CardTypes.All.Contains(entityType))
            errors["entityType"] = [Text.Pick($"Тип карточки — один из: {string.Join(", ", CardTypes.All)}.",
                $"The kind of card is one of: {string.Join(", ", CardTypes.All)}.")];
        if (entityId is null || entityId == Guid.Empty)
            errors["entityId"] = [Text.Pick("Укажите карточку.", "Give the card's id.")];
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        return (entityType!, entityId!.Value);
    }
}
