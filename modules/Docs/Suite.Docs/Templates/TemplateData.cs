using System.Globalization;
using Scriban.Runtime;

namespace Suite.Docs.Templates;

/// <summary>
/// The merge data as plain script objects: strings, decimals, nested objects and arrays, never a live .NET object,
/// so a template can reach nothing beyond its fields. Every field is present (null when the card has no value),
/// which lets an unknown name be refused rather than printed as nothing. Names are those of <see cref="TemplateFields"/>.
/// </summary>
internal static class TemplateData
{
    public static ScriptObject Build(TemplateModel model)
    {
        var data = new ScriptObject
        {
            ["company"] = Company(model.Company),
            ["contact"] = Contact(model.Contact),
            ["deal"] = Deal(model.Deal),
            ["organisation"] = Organisation(model.Organisation),
            ["user"] = User(model.User),
            ["today"] = Date(model.Today),
            ["document"] = new ScriptObject
            {
                ["number"] = model.Document?.Number, ["date"] = model.Document is { } document ? Date(document.Date) : null,
            },
        };
        return data;
    }

    // Dates are printed Russian-style; format_date turns them into the long form.
    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static ScriptObject Company(TemplateCompany? company) => new()
    {
        ["name"] = company?.Name, ["inn"] = company?.Inn, ["kpp"] = company?.Kpp,
        ["address"] = company?.Address, ["phone"] = company?.Phone, ["email"] = company?.Email,
    };

    private static ScriptObject Contact(TemplateContact? contact) => new()
    {
        ["full_name"] = contact?.FullName, ["position"] = contact?.Position, ["phone"] = contact?.Phone, ["email"] = contact?.Email,
    };

    private static ScriptObject Deal(TemplateDeal? deal)
    {
        var lines = new ScriptArray();
        var number = 0;
        foreach (var line in deal?.Lines ?? [])
            lines.Add(new ScriptObject
            {
                ["number"] = ++number, ["name"] = line.Name, ["quantity"] = line.Quantity, ["unit"] = line.Unit,
                ["price"] = line.Price, ["amount"] = line.Amount,
            });
        return new ScriptObject
        {
            ["title"] = deal?.Title, ["stage"] = deal?.Stage, ["amount"] = deal?.Amount, ["currency"] = deal?.Currency,
            ["close_date"] = deal?.CloseDate is { } close ? Date(close) : null, ["lines"] = lines,
        };
    }

    private static ScriptObject Organisation(TemplateOrganisation organisation) => new()
    {
        ["name"] = organisation.Name, ["inn"] = organisation.Inn, ["kpp"] = organisation.Kpp, ["address"] = organisation.Address,
        ["director"] = organisation.Director, ["bank_name"] = organisation.BankName, ["bic"] = organisation.Bic,
        ["account"] = organisation.Account, ["correspondent_account"] = organisation.CorrespondentAccount,
    };

    private static ScriptObject User(TemplateUser user) => new()
    {
        ["full_name"] = user.FullName, ["position"] = user.Position, ["email"] = user.Email, ["phone"] = user.Phone,
    };
}
