using Suite.Docs.Rendering;

namespace Suite.Docs.Forms;

/// <summary>A party's requisites in one line, as forms print them after "Поставщик:", "Исполнитель:", "Грузополучатель:".</summary>
internal static class Parties
{
    private static readonly TextStyle Normal = new(9);
    private static readonly TextStyle Bold = new(9, Bold: true);

    public static CounterpartyPrint Of(OrganisationPrint organisation, BankAccountPrint? bank = null) =>
        new(organisation.Name, organisation.Inn, organisation.Kpp, organisation.Address, bank);

    /// <summary>The label on the left, the requisites in bold beside it; the label column is a share of the width.</summary>
    public static Row Row(string label, CounterpartyPrint party, FormLabels words, float labelWeight = 16) =>
        Row(label, Requisites(party, words), labelWeight);

    public static Row Row(string label, string text, float labelWeight = 16) =>
        new((labelWeight, new TextBlock(label, Normal)), (100 - labelWeight, new TextBlock(text, Bold)));

    /// <summary>"ООО «Ромашка», ИНН 5003012345, КПП 500301001, address, р/с … в bank, БИК …, к/с …"; empty parts are left out.</summary>
    public static string Requisites(CounterpartyPrint party, FormLabels words)
    {
        var parts = new List<string> { party.Name };
        if (!string.IsNullOrWhiteSpace(party.Inn)) parts.Add($"{words.Inn} {party.Inn}");
        if (!string.IsNullOrWhiteSpace(party.Kpp)) parts.Add($"{words.Kpp} {party.Kpp}");
        if (!string.IsNullOrWhiteSpace(party.Address)) parts.Add(party.Address);
        if (party.Bank is { } bank)
        {
            if (!string.IsNullOrWhiteSpace(bank.Account))
                parts.Add(string.IsNullOrWhiteSpace(bank.BankName) ? $"{words.Account} {bank.Account}" : $"{words.Account} {bank.Account} {words.In} {bank.BankName}");
            if (!string.IsNullOrWhiteSpace(bank.Bic)) parts.Add($"{words.Bic} {bank.Bic}");
            if (!string.IsNullOrWhiteSpace(bank.CorrespondentAccount)) parts.Add($"{words.CorrespondentAccount} {bank.CorrespondentAccount}");
        }
        return string.Join(", ", parts);
    }
}
