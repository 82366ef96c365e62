using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Suite.Finance.Domain.Payments;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;

namespace Suite.Finance.Application.Payments;

internal sealed record PaymentInput
{
    public Guid? AccountId { get; init; }
    public PaymentDirection? Direction { get; init; }

    /// <summary>Defaults to today (the company's day).</summary>
    public DateOnly? Date { get; init; }

    public decimal? Amount { get; init; }

    /// <summary>The client who paid (or the company we paid): a Finance customer copy.</summary>
    public Guid? CompanyId { get; init; }

    public string? Purpose { get; init; }

    /// <summary>The article; an incoming payment from a client defaults to "customer-payments".</summary>
    public Guid? CategoryId { get; init; }

    public IReadOnlyList<AllocationInput>? Allocations { get; init; }
}

internal sealed record AllocationInput
{
    public Guid? InvoiceId { get; init; }
    public decimal? Amount { get; init; }
}

/// <summary>Applies (part of) a client's advance to invoices on <see cref="Date"/> (today by default).</summary>
internal sealed record AllocateInput
{
    public DateOnly? Date { get; init; }
    public IReadOnlyList<AllocationInput>? Allocations { get; init; }
}

internal sealed record TransferInput
{
    public Guid? FromAccountId { get; init; }
    public Guid? ToAccountId { get; init; }

    /// <summary>Defaults to today (the company's day).</summary>
    public DateOnly? Date { get; init; }

    public decimal? Amount { get; init; }
    public string? Purpose { get; init; }
}

internal static class MoneyRules
{
    /// <summary>Beyond any real payment, and inside what the money columns hold.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    public static bool IsKopecks(decimal? amount) => amount is > 0 and < MaxAmount && amount.Value == Math.Round(amount.Value, 2);

    public static string AmountMessage() => Text.Pick(
        "Сумма — больше нуля и меньше триллиона, в рублях и копейках.", "The amount is above zero and below a trillion, in roubles and kopecks.");
}

internal sealed class PaymentInputValidator : AbstractValidator<PaymentInput>
{
    public PaymentInputValidator()
    {
        RuleFor(p => p.AccountId).NotEmpty()
            .WithMessage(_ => Text.Pick("Укажите кассу или расчётный счёт.", "Choose the cash desk or bank account."));
        RuleFor(p => p.Direction).NotNull()
            .WithMessage(_ => Text.Pick("Укажите направление: поступление или выплата.", "Choose the direction: incoming or outgoing."));
        RuleFor(p => p.Amount).Must(MoneyRules.IsKopecks).WithMessage(_ => MoneyRules.AmountMessage());
        RuleFor(p => p.Purpose).MaximumLength(1000)
            .WithMessage(_ => Text.Pick("Назначение — до 1000 знаков.", "The purpose is up to 1000 characters."));
        RuleFor(p => p.Allocations).Empty().When(p => p.Direction == PaymentDirection.Outgoing)
            .WithMessage(_ => Text.Pick("Выплату нельзя отнести на счета клиентам.", "An outgoing payment is not applied to invoices."));
        RuleFor(p => p.Allocations).SetValidator(new AllocationsValidator()!).When(p => p.Allocations is not null);
    }
}

internal sealed class AllocateInputValidator : AbstractValidator<AllocateInput>
{
    public AllocateInputValidator()
    {
        RuleFor(p => p.Allocations).NotEmpty()
            .WithMessage(_ => Text.Pick("Укажите, на какие счета отнести оплату.", "Name the invoices to apply the payment to."));
        RuleFor(p => p.Allocations).SetValidator(new AllocationsValidator()!).When(p => p.Allocations is not null);
    }
}

internal sealed class AllocationsValidator : AbstractValidator<IReadOnlyList<AllocationInput>>
{
    public AllocationsValidator()
    {
        RuleFor(a => a).Must(a => a.Select(x => x.InvoiceId).Distinct().Count() == a.Count)
            .WithMessage(_ => Text.Pick("Каждый счёт — не больше одного раза.", "Each invoice at most once."));
        RuleForEach(a => a).ChildRules(allocation =>
        {
            allocation.RuleFor(x => x.InvoiceId).NotEmpty()
                .WithMessage(_ => Text.Pick("Укажите счёт.", "Choose the invoice."));
            allocation.RuleFor(x => x.Amount).Must(MoneyRules.IsKopecks).WithMessage(_ => MoneyRules.AmountMessage());
        });
    }
}

internal sealed class TransferInputValidator : AbstractValidator<TransferInput>
{
    public TransferInputValidator()
    {
        RuleFor(t => t.FromAccountId).NotEmpty()
            .WithMessage(_ => Text.Pick("Укажите, откуда переводятся деньги.", "Choose the account the money leaves."));
        RuleFor(t => t.ToAccountId).NotEmpty().NotEqual(t => t.FromAccountId)
            .WithMessage(_ => Text.Pick("Укажите другой счёт, куда переводятся деньги.", "Choose another account the money goes to."));
        RuleFor(t => t.Amount).Must(MoneyRules.IsKopecks).WithMessage(_ => MoneyRules.AmountMessage());
        RuleFor(t => t.Purpose).MaximumLength(1000)
            .WithMessage(_ => Text.Pick("Назначение — до 1000 знаков.", "The purpose is up to 1000 characters."));
    }
}

internal sealed class PaymentListRequest : PageRequest
{
    /// <summary>incoming or outgoing.</summary>
    [FromQuery(Name = "direction")] public string? Direction { get; set; }

    /// <summary>posted or cancelled.</summary>
    [FromQuery(Name = "status")] public string? Status { get; set; }

    /// <summary>manual or statement.</summary>
    [FromQuery(Name = "source")] public string? Source { get; set; }

    [FromQuery(Name = "accountId")] public Guid? AccountId { get; set; }
    [FromQuery(Name = "companyId")] public Guid? CompanyId { get; set; }
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }

    /// <summary>Only clients' payments with a part not yet applied to invoices (advances).</summary>
    [FromQuery(Name = "unallocated")] public bool? Unallocated { get; set; }

    public PaymentDirection? DirectionFilter() => Filters.Parse<PaymentDirection>(Direction, "direction");
    public PaymentStatus? StatusFilter() => Filters.Parse<PaymentStatus>(Status, "status");
    public PaymentSource? SourceFilter() => Filters.Parse<PaymentSource>(Source, "source");
}

internal sealed class TransferListRequest : PageRequest
{
    /// <summary>Transfers from or to this account.</summary>
    [FromQuery(Name = "accountId")] public Guid? AccountId { get; set; }

    [FromQuery(Name = "from")] public DateOnly? From { get; set; }
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }
}

/// <summary>
/// Enum filters of the query string. Minimal APIs bind enums case-sensitively ("Incoming") while clients send the
/// camelCase the JSON uses ("incoming"), so they are bound as text and parsed here, ignoring case; numbers are refused.
/// </summary>
internal static class Filters
{
    public static T? Parse<T>(string? value, string field) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null
        : !char.IsDigit(value.Trim()[0]) && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) ? parsed
        : throw InputValidationException.For(field, Text.Pick(
            $"Неизвестное значение «{value}»; допустимы: {Names<T>()}.", $"Unknown value \"{value}\"; use one of {Names<T>()}."));

    private static string Names<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(n => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(n)));
}
