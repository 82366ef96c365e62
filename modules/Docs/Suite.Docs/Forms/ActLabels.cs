namespace Suite.Docs.Forms;

/// <summary>The fixed words of the act of services rendered in one language.</summary>
internal sealed record ActLabels(string Title, string Contractor, string Customer, string Services, string Total, string Summary, string Acceptance)
{
    public static ActLabels For(Language language) => language == Language.Russian ? Russian : English;

    private static readonly ActLabels Russian = new(
        "Акт", "Исполнитель:", "Заказчик:", "Наименование работ, услуг", "Всего:",
        "Всего оказано услуг {0}, на сумму {1} руб.",
        "Вышеперечисленные услуги выполнены полностью и в срок. Заказчик претензий по объему, качеству и срокам оказания услуг не имеет.");

    private static readonly ActLabels English = new(
        "Certificate of services rendered", "Contractor:", "Customer:", "Services", "Total:",
        "Total services rendered {0}, amount {1} RUB",
        "The above services have been rendered in full and on time. The Customer has no claims as to their scope, quality or timing.");
}
