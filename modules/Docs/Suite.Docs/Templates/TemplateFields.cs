namespace Suite.Docs.Templates;

/// <summary>
/// The catalogue of merge fields and helpers the template editor shows. It matches <see cref="TemplateData"/> and
/// <see cref="TemplateBuiltins"/>; a test renders a template that uses every name listed here.
/// </summary>
internal static class TemplateFields
{
    public static readonly IReadOnlyList<TemplateField> All =
    [
        new("company.name", "Название компании", "Company name", "ООО «Ромашка»"),
        new("company.inn", "ИНН компании", "Company INN", "5003012345"),
        new("company.kpp", "КПП компании", "Company KPP", "500301001"),
        new("company.address", "Адрес компании", "Company address", "142100, г. Подольск, ул. Садовая, д. 1"),
        new("company.phone", "Телефон компании", "Company phone", "+7 495 123-45-67"),
        new("company.email", "Эл. почта компании", "Company e-mail", "info@romashka.ru"),
        new("contact.full_name", "ФИО контакта", "Contact's full name", "Иванов Иван Иванович"),
        new("contact.position", "Должность контакта", "Contact's position", "Генеральный директор"),
        new("contact.phone", "Телефон контакта", "Contact's phone", "+7 916 000-00-01"),
        new("contact.email", "Эл. почта контакта", "Contact's e-mail", "ivanov@romashka.ru"),
        new("deal.title", "Название сделки", "Deal title", "Остекление офиса"),
        new("deal.stage", "Этап сделки", "Deal stage", "Предложение"),
        new("deal.amount", "Сумма сделки (число; печатать через format_money)", "Deal amount (a number; print with format_money)", "121501.50"),
        new("deal.currency", "Валюта сделки", "Deal currency", "RUB"),
        new("deal.close_date", "Плановая дата закрытия (ДД.ММ.ГГГГ)", "Expected close date (DD.MM.YYYY)", "25.12.2026"),
        new("deal.lines", "Строки сделки (for line in deal.lines)", "Deal lines (for line in deal.lines)", "3 строки"),
        new("line.number", "Номер строки", "Line number", "1"),
        new("line.name", "Наименование", "Item name", "Монтаж окна"),
        new("line.quantity", "Количество", "Quantity", "3"),
        new("line.unit", "Единица измерения", "Unit", "шт"),
        new("line.price", "Цена", "Price", "8500.00"),
        new("line.amount", "Сумма строки", "Line amount", "25500.00"),
        new("organisation.name", "Наша организация", "Our organisation", "ООО «Оконный Мир»"),
        new("organisation.inn", "Наш ИНН", "Our INN", "7701234567"),
        new("organisation.kpp", "Наш КПП", "Our KPP", "770101001"),
        new("organisation.address", "Наш адрес", "Our address", "123456, г. Москва, ул. Стекольная, д. 5"),
        new("organisation.director", "Наш руководитель", "Our director", "Петров П. П."),
        new("organisation.bank_name", "Наш банк", "Our bank", "ПАО СБЕРБАНК"),
        new("organisation.bic", "БИК банка", "Bank BIC", "044525225"),
        new("organisation.account", "Расчётный счёт", "Settlement account", "40702810938000012345"),
        new("organisation.correspondent_account", "Корреспондентский счёт", "Correspondent account", "30101810400000000225"),
        new("user.full_name", "ФИО пользователя", "User's full name", "Смирнова Ольга Петровна"),
        new("user.position", "Должность пользователя", "User's position", "Менеджер по продажам"),
        new("user.email", "Эл. почта пользователя", "User's e-mail", "smirnova@oknamir.ru"),
        new("user.phone", "Телефон пользователя", "User's phone", "+7 495 765-43-21"),
        new("document.number", "Номер документа (Д-2026-0001)", "Document number (Д-2026-0001)", "Д-2026-0001"),
        new("document.date", "Дата документа (ДД.ММ.ГГГГ)", "Document date (DD.MM.YYYY)", "03.12.2026"),
        new("today", "Сегодняшняя дата (ДД.ММ.ГГГГ)", "Today's date (DD.MM.YYYY)", "03.12.2026"),
        new("format_money", "Сумма с копейками: format_money deal.amount", "Money with kopecks: format_money deal.amount", "121 501,50"),
        new("format_number", "Число с разрядами: format_number line.quantity", "Number with groups: format_number line.quantity", "1 500,5"),
        new("format_date", "Дата прописью месяца: format_date today", "Date with the month in words: format_date today", "3 декабря 2026 г."),
        new("amount_in_words", "Сумма прописью: amount_in_words deal.amount", "Amount in words: amount_in_words deal.amount", "Сто двадцать одна тысяча пятьсот один рубль 50 копеек"),
    ];
}
