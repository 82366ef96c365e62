namespace Suite.Docs.Forms;

/// <summary>The bank account a buyer pays to: bank name, БИК, correspondent account, settlement account (р/с).</summary>
internal sealed record BankAccountPrint(string BankName, string Bic, string CorrespondentAccount, string Account);
