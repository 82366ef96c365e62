namespace Suite.Docs.Templates;

/// <summary>
/// A card with every field filled and two deal lines (the examples of <see cref="TemplateFields"/>), to check a template
/// when no card is at hand: a misspelt field is an error on it as on any real card, and a line row has lines to repeat.
/// </summary>
internal static class TemplateSpecimen
{
    public static readonly TemplateModel Model = new(
        new TemplateCompany("ООО «Ромашка»", "5003012345", "500301001", "142100, г. Подольск, ул. Садовая, д. 1", "+7 495 123-45-67", "info@romashka.ru"),
        new TemplateContact("Иванов Иван Иванович", "Генеральный директор", "+7 916 000-00-01", "ivanov@romashka.ru"),
        new TemplateDeal("Остекление офиса", "Предложение", 51_001.50m, "RUB", new DateOnly(2026, 12, 25),
        [
            new TemplateDealLine("Монтаж окна", 3, "шт", 8_500m, 25_500m),
            new TemplateDealLine("Подоконник 1500 мм", 6, "шт", 4_250.25m, 25_501.50m),
        ]),
        new TemplateOrganisation("ООО «Оконный Мир»", "7701234567", "770101001", "123456, г. Москва, ул. Стекольная, д. 5", "Петров П. П.",
            "ПАО СБЕРБАНК", "044525225", "40702810938000012345", "30101810400000000225"),
        new TemplateUser("Смирнова Ольга Петровна", "Менеджер по продажам", "smirnova@oknamir.ru", "+7 495 765-43-21"),
        new DateOnly(2026, 12, 3),
        new TemplateDocument("Д-2026-0001", new DateOnly(2026, 12, 3)));
}
