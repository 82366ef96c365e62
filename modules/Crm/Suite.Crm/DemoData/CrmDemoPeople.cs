using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Contacts;
using Suite.Crm.Domain.Leads;
using Suite.Crm.Events;
using Suite.Framework.Hosting;
using Suite.Framework.Time;

namespace Suite.Crm.DemoData;

/// <summary>The people at the demo clients, and a few fresh leads waiting for the managers.</summary>
internal static class CrmDemoPeople
{
    public static async Task SeedAsync(CrmDbContext db, BusinessClock clock, CancellationToken cancellationToken)
    {
        if (await db.Contacts.AnyAsync(cancellationToken) || await db.Leads.AnyAsync(cancellationToken))
            return;
        var now = clock.UtcNow;

        var people = new (string Company, string FirstName, string LastName, string Position, string Phone, string Email)[]
        {
            ("ООО «Светлые окна»", "Ирина", "Соколова", "Директор", "+7 495 123-45-68", "sokolova@svetokna.ru"),
            ("ООО «СтройДом»", "Павел", "Орлов", "Снабженец", "+7 926 111-22-33", "orlov@stroydom.ru"),
            ("АО «Северный берег»", "Марина", "Волкова", "Главный инженер", "+7 812 300-10-21", "volkova@sevbereg.ru"),
            ("ООО «Уютный дом»", "Сергей", "Лебедев", "Владелец", "+7 343 210-11-23", "lebedev@uyutdom.ru"),
            ("ООО «Тёплый балкон»", "Ольга", "Никитина", "Менеджер по закупкам", "+7 383 400-50-61", "nikitina@teplybalkon.ru"),
        };
        var companies = await db.Companies.ToDictionaryAsync(c => c.Name, c => (c.Id, c.OwnerId), cancellationToken);
        foreach (var p in people.Where(p => companies.ContainsKey(p.Company)))
        {
            var (companyId, ownerId) = companies[p.Company];
            var contact = new Contact(new ContactDetails(p.FirstName, p.LastName, companyId, p.Position, [p.Phone], [p.Email], [],
                new Dictionary<string, string>()), ownerId);
            db.Contacts.Add(contact);
            db.Publish(new ContactCreatedEto(contact.Id, contact.FirstName, contact.LastName, companyId, p.Phone, p.Email, ownerId, null, now));
        }

        var site = await db.Sources.Where(s => s.Name == "Сайт").Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        var leads = new (string Title, string Name, string Phone, string? Email, string? CompanyName, string Comment, DemoUser Owner)[]
        {
            ("Остекление лоджии", "Дмитрий", "+7 903 765-43-21", null, null, "Лоджия 6 м, хочет тёплое остекление до зимы", DemoUsers.Anna),
            ("Окна в новый офис", "Елена Морозова", "+7 495 987-65-43", "morozova@gradient.ru", "ООО «Градиент»", "12 окон, нужен замер на этой неделе", DemoUsers.Boris),
            ("Замена окон в коттедже", "Алексей", "+7 916 321-00-99", "alex.k@yandex.ru", null, "Просит перезвонить вечером", DemoUsers.Anna),
        };
        foreach (var l in leads)
        {
            var lead = new Lead(new LeadDetails(l.Title, l.Name, l.Phone, l.Email, l.CompanyName, null, l.Comment, site), l.Owner.Id);
            db.Leads.Add(lead);
            db.Publish(new LeadCreatedEto(lead.Id, lead.Title, lead.Name, lead.Phone, lead.Email, lead.CompanyName, lead.SourceId, null,
                lead.OwnerId, null, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
