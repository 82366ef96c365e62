using Suite.Framework.Domain;

namespace Suite.Finance.Domain.Settings;

/// <summary>The company's finance settings: one record.</summary>
public sealed class FinanceSettings : AuditedEntity
{
    public static readonly Guid SingletonId = new("f1a0c000-0000-7000-8000-000000000001");
    public const string DefaultInvoicePrefix = "СЧ";
    public const int DefaultPaymentTermDays = 5;

    public FinanceSettings() => Id = SingletonId;

    /// <summary>The books are closed up to and including this day: nothing may be posted on or before it.</summary>
    public DateOnly? LockDate { get; private set; }

    /// <summary>The series' prefix: invoices are numbered "СЧ-2026-000123".</summary>
    public string InvoicePrefix { get; private set; } = DefaultInvoicePrefix;

    /// <summary>Days from issue to due date when an invoice does not say otherwise.</summary>
    public int PaymentTermDays { get; private set; } = DefaultPaymentTermDays;

    public void Update(DateOnly? lockDate, string invoicePrefix, int paymentTermDays)
    {
        LockDate = lockDate;
        InvoicePrefix = invoicePrefix;
        PaymentTermDays = paymentTermDays;
    }
}
