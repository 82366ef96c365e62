using Suite.Docs.Templates;

namespace Suite.Docs.Tests;

/// <summary>The window company's proposal to «Ромашка»: every merge field filled, three deal lines for 121 501,50.</summary>
internal static class SampleTemplateModel
{
    public static TemplateModel Create() => new(
        new TemplateCompany("ООО «Ромашка»", "5003012345", "500301001", "142100, г. Подольск, ул. Садовая, д. 1", "+7 495 123-45-67", "info@romashka.ru"),
        new TemplateContact("Иванов Иван Иванович", "Генеральный директор", "+7 916 000-00-01", "ivanov@romashka.ru"),
        new TemplateDeal("Остекление офиса", "Предложение", 121_501.50m, "RUB", new DateOnly(2026, 12, 25),
        [
            new TemplateDealLine("Окно ПВХ двустворчатое 1300×1400", 3, "шт", 25_000m, 75_000m),
            new TemplateDealLine("Монтаж окна", 3, "усл", 8_500m, 25_500m),
            new TemplateDealLine("Подоконник 1500 мм", 6, "шт", 3_500.25m, 21_001.50m),
        ]),
        new TemplateOrganisation("ООО «Оконный Мир»", "7701234567", "770101001", "123456, г. Москва, ул. Стекольная, д. 5", "Петров П. П.",
            "ПАО СБЕРБАНК", "044525225", "40702810938000012345", "30101810400000000225"),
        new TemplateUser("Смирнова Ольга Петровна", "Менеджер по продажам", "smirnova@oknamir.ru", "+7 495 765-43-21"),
        new DateOnly(2026, 12, 3),
        new TemplateDocument("КП-2026-0007", new DateOnly(2026, 12, 3)));
}
