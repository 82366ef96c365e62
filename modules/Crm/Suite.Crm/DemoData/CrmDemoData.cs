using Suite.Framework.Requisites;
using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Companies;
using Suite.Crm.Events;
using Suite.Framework.Hosting;
using Suite.Framework.Time;

namespace Suite.Crm.DemoData;

/// <summary>A handful of client companies for the embedded mode, owned by the demo sales managers.</summary>
internal static class CrmDemoData
{
    public static async Task SeedAsync(CrmDbContext db, BusinessClock clock, CancellationToken cancellationToken)
    {
        await SeedCompaniesAsync(db, clock, cancellationToken);
        await CrmDemoDeals.SeedAsync(db, clock, cancellationToken);
        await CrmDemoPeople.SeedAsync(db, clock, cancellationToken);
    }

    private static async Task SeedCompaniesAsync(CrmDbContext db, BusinessClock clock, CancellationToken cancellationToken)
    {
        if (await db.Companies.AnyAsync(cancellationToken))
            return;

        var companies = new (string Name, string TaxIdDigits, string? Kpp, string Address, string Phone, string Email, DemoUser Owner)[]
        {
            ("ООО «Светлые окна»", "770812345", "770801001", "Москва, ул. Лесная, 12", "+7 495 123-45-67", "info@svetokna.ru", DemoUsers.Anna),
            ("ООО «СтройДом»", "500112233", "500101001", "Химки, Ленинградское ш., 5", "+7 495 222-33-44", "zakaz@stroydom.ru", DemoUsers.Anna),
            ("АО «Северный берег»", "781045678", "781001001", "Санкт-Петербург, наб. Обводного канала, 88", "+7 812 300-10-20", "office@sevbereg.ru", DemoUsers.Boris),
            ("ООО «Уютный дом»", "662398765", "662301001", "Екатеринбург, ул. Малышева, 51", "+7 343 210-11-22", "hello@uyutdom.ru", DemoUsers.Boris),
            ("ИП Кузнецов Андрей Петрович", "7712345678", null, "Москва, ул. Профсоюзная, 44", "+7 916 555-66-77", "kuznetsov.ap@mail.ru", DemoUsers.Anna),
            ("ООО «Тёплый балкон»", "540211223", "540201001", "Новосибирск, Красный пр-т, 77", "+7 383 400-50-60", "sales@teplybalkon.ru", DemoUsers.Boris),
        };

        foreach (var c in companies)
        {
            var details = new CompanyDetails(c.Name, TaxId.Complete(c.TaxIdDigits), c.Kpp, c.Address, c.Phone, c.Email,
                null, null, ["демо"], new Dictionary<string, string>());
            var company = new Company(details, c.Owner.Id);
            db.Companies.Add(company);
            db.Publish(new CompanyCreatedEto(company.Id, company.Name, company.TaxId, company.Kpp, company.Address,
                company.OwnerId, null, clock.UtcNow));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
