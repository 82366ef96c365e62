using Microsoft.EntityFrameworkCore;
using Suite.Docs.Data;
using Suite.Docs.Domain.Templates;
using Suite.Docs.Forms;

namespace Suite.Docs.Application.Templates;

/// <summary>
/// The templates every company starts with: the four built-in forms with their default texts and options, a supply
/// contract and a covering letter. Seeding adds the missing ones and never overwrites an admin's edits.
/// </summary>
internal static class BuiltInTemplates
{
    public const string InvoiceKey = "invoice";

    public static async Task SeedAsync(DocsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var existing = await db.Templates.Where(t => t.BuiltInKey != null).Select(t => t.BuiltInKey).ToListAsync(cancellationToken);
        foreach (var template in All(time.GetUtcNow()).Where(t => !existing.Contains(t.BuiltInKey)))
            db.Templates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<Template> All(DateTimeOffset at) =>
    [
        Template.Create("Счёт на оплату", TemplateKinds.Invoice, TemplateFormats.Form, FormOptions.DefaultBody(FormKind.Invoice), null, at, InvoiceKey),
        Template.Create("Акт оказанных услуг", TemplateKinds.Act, TemplateFormats.Form, FormOptions.DefaultBody(FormKind.Act), null, at, "act"),
        Template.Create("Товарная накладная ТОРГ-12", TemplateKinds.Waybill, TemplateFormats.Form, FormOptions.DefaultBody(FormKind.Waybill), null, at, "waybill"),
        Template.Create("Коммерческое предложение", TemplateKinds.Proposal, TemplateFormats.Form, FormOptions.DefaultBody(FormKind.Proposal), null, at, "proposal"),
        Template.Create("Договор поставки", TemplateKinds.Contract, TemplateFormats.Text, Contract, null, at, "contract"),
        Template.Create("Сопроводительное письмо", TemplateKinds.Letter, TemplateFormats.Text, Letter, null, at, "letter"),
    ];

    private const string Contract = """
        # ДОГОВОР ПОСТАВКИ № {{ document.number }}
        >> {{ format_date document.date }}

        {{ organisation.name }}, именуемое в дальнейшем «Поставщик», в лице руководителя {{ organisation.director }}, с одной стороны, и {{ company.name }}, именуемое в дальнейшем «Покупатель»{{ if contact.full_name }}, в лице {{ contact.full_name }}{{ end }}, с другой стороны, заключили настоящий договор о нижеследующем.

        ## 1. Предмет договора
        1.1. Поставщик обязуется передать в собственность Покупателя, а Покупатель — принять и оплатить товары и услуги согласно спецификации:
        | № | Наименование | Кол-во | Ед. | Цена, ₽ | Сумма, ₽ |
        |---|---|---|---|---|---|
        {{~ for line in deal.lines ~}}
        | {{ line.number }} | {{ line.name }} | {{ format_number line.quantity }} | {{ line.unit }} | {{ format_money line.price }} | {{ format_money line.amount }} |
        {{~ end ~}}
        **Итого по договору: {{ format_money deal.amount }} ₽ ({{ amount_in_words deal.amount }})**

        ## 2. Порядок расчётов
        2.1. Покупатель оплачивает товары и услуги на основании счёта Поставщика в течение 5 (пяти) банковских дней с даты его выставления.
        2.2. Датой оплаты считается дата зачисления денежных средств на расчётный счёт Поставщика.

        ## 3. Сроки и порядок поставки
        3.1. Поставка и монтаж выполняются в срок, согласованный сторонами, после поступления оплаты.
        3.2. Приёмка оформляется товарной накладной и актом оказанных услуг.

        ## 4. Ответственность сторон
        4.1. За нарушение сроков оплаты Покупатель уплачивает пени в размере 0,1 % от неоплаченной суммы за каждый день просрочки.
        4.2. Споры разрешаются путём переговоров, а при недостижении согласия — в арбитражном суде по месту нахождения Поставщика.

        ## 5. Реквизиты и подписи сторон
        | Поставщик | Покупатель |
        |---|---|
        | {{ organisation.name }} | {{ company.name }} |
        | ИНН {{ organisation.inn }}, КПП {{ organisation.kpp }} | ИНН {{ company.inn }}, КПП {{ company.kpp }} |
        | {{ organisation.address }} | {{ company.address }} |
        | р/с {{ organisation.account }}, {{ organisation.bank_name }}, БИК {{ organisation.bic }} | |
        | ________________ / {{ organisation.director }} | ________________ / {{ contact.full_name }} |
        """;

    private const string Letter = """
        >> {{ company.name }}
        >> {{ contact.full_name }}
        >> {{ company.address }}

        Исх. № {{ document.number }} от {{ document.date }}

        # Сопроводительное письмо

        {{ if contact.full_name }}Уважаемый(ая) {{ contact.full_name }}!{{ else }}Добрый день!{{ end }}

        Направляем вам документы{{ if deal.title }} по сделке «{{ deal.title }}»{{ end }}. Будем рады ответить на ваши вопросы.

        С уважением,
        {{ user.position }} {{ user.full_name }}
        {{ organisation.name }}
        {{ user.phone }} {{ user.email }}
        """;
}
