namespace Suite.Docs.Forms;

/// <summary>The fixed words of the commercial proposal in one language; Intro and Closing are the texts a template may replace.</summary>
internal sealed record ProposalLabels(
    string Title, string To, string Contact, string Subject, string Goods, string Total, string Summary, string ValidUntil,
    string Intro, string Closing, string Manager, string Phone, string Email)
{
    public static ProposalLabels For(Language language) => language == Language.Russian ? Russian : English;

    private static readonly ProposalLabels Russian = new(
        "Коммерческое предложение", "Кому:", "Контактное лицо:", "Предмет:", "Наименование товаров, работ, услуг", "Итого к оплате:",
        "Всего наименований {0}, на сумму {1} руб.", "Предложение действительно до {0}",
        "Благодарим за интерес к нашей компании. Предлагаем вам следующие товары и услуги:",
        "Будем рады ответить на ваши вопросы и подготовить договор и счёт.",
        "Менеджер", "Тел.", "E-mail");

    private static readonly ProposalLabels English = new(
        "Commercial proposal", "To:", "Contact person:", "Subject:", "Goods, work, services", "Total:",
        "Total items {0}, amount {1} RUB", "This proposal is valid until {0}.",
        "Thank you for your interest in our company. We are pleased to offer you the following goods and services:",
        "We will be glad to answer your questions and to prepare a contract and an invoice.",
        "Manager", "Phone", "E-mail");
}
