using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Finance.Application.Money;
using Suite.Finance.Application.Organisation;
using Suite.Finance.Application.Payments;
using Suite.Finance.Data;
using Suite.Finance.Domain.Money;
using Suite.Finance.Domain.Organisation;
using Suite.Finance.Domain.Payments;
using Suite.Framework.Requisites;
using Suite.Framework.Time;

namespace Suite.Finance.DemoData;

/// <summary>
/// The window company's books for the embedded mode: our requisites, a bank account and a cash desk, the founders'
/// capital, two months of rent, advertising and bank fees, and cash taken to the desk, posted through the same
/// services as the screens. Stock's demo documents reach the books by their events (goods on 41, cost of sales), and
/// invoices are made from the demo deals' cards. Skipped when the organisation has been saved.
/// </summary>
internal static class FinanceDemoData
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FinanceDbContext>();
        if (await db.Organisations.AnyAsync(cancellationToken))
            return;

        await services.GetRequiredService<OrganisationService>().UpdateAsync(new OrganisationInput
        {
            Name = "Общество с ограниченной ответственностью «Окна Плюс»", ShortName = "ООО «Окна Плюс»",
            TaxId = TaxId.Complete("772812345"), Kpp = "772801001", Ogrn = "1187746123456",
            LegalAddress = "117342, г. Москва, ул. Профсоюзная, д. 65, корп. 1, оф. 12", PostalAddress = "117342, г. Москва, а/я 17",
            Director = "Петров Павел Сергеевич", ChiefAccountant = "Иванова Ирина Николаевна", Phone = "+7 495 123-45-67",
            Email = "info@okna-plus.example", TaxRegime = TaxRegime.Osno, DefaultVatRate = 22m, PaymentTermDays = 5,
        }, cancellationToken);

        var accounts = services.GetRequiredService<MoneyAccountService>();
        var bank = (await accounts.CreateAsync(new MoneyAccountInput
        {
            Name = "Расчётный счёт в Сбербанке", Kind = MoneyAccountKind.Bank, BankName = "ПАО Сбербанк", Bic = "044525225",
            AccountNumber = "40702810938000012345", CorrespondentAccount = "30101810400000000225", IsMain = true,
        }, cancellationToken)).Id;
        var cash = (await accounts.CreateAsync(new MoneyAccountInput { Name = "Касса офиса", Kind = MoneyAccountKind.Cash }, cancellationToken)).Id;

        var today = services.GetRequiredService<BusinessClock>().Today;
        var payments = services.GetRequiredService<PaymentService>();
        var articles = await db.Articles.Where(a => a.Code != null).ToDictionaryAsync(a => a.Code!, a => a.Id, cancellationToken);
        async Task Pay(PaymentDirection direction, int daysAgo, decimal amount, string article, string purpose) =>
            await payments.CreateAsync(new PaymentInput
            {
                AccountId = bank, Direction = direction, Date = today.AddDays(-daysAgo), Amount = amount,
                CategoryId = articles[article], Purpose = purpose,
            }, cancellationToken);

        await Pay(PaymentDirection.Incoming, 60, 1_500_000m, Articles.Capital, "Взнос в уставный капитал, решение № 1");
        await Pay(PaymentDirection.Outgoing, 45, 85_000m, Articles.Rent, "Аренда офиса и склада за месяц, договор № 14-А");
        await Pay(PaymentDirection.Outgoing, 15, 85_000m, Articles.Rent, "Аренда офиса и склада за месяц, договор № 14-А");
        await Pay(PaymentDirection.Outgoing, 25, 300_000m, Articles.SupplierPayments, "Оплата ООО «ПрофПласт» по счёту № 418 за профиль и стеклопакеты");
        await Pay(PaymentDirection.Outgoing, 20, 32_400m, Articles.Advertising, "Контекстная реклама, счёт № 5531");
        await Pay(PaymentDirection.Outgoing, 5, 1_290m, Articles.BankFees, "Комиссия банка за обслуживание счёта");
        await services.GetRequiredService<TransferService>().CreateAsync(new TransferInput
        {
            FromAccountId = bank, ToAccountId = cash, Date = today.AddDays(-30), Amount = 40_000m, Purpose = "Наличные в кассу на хозяйственные нужды",
        }, cancellationToken);
    }
}
