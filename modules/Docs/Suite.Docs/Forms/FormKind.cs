namespace Suite.Docs.Forms;

/// <summary>The built-in printed forms whose texts and options a <c>format: "form"</c> template edits.</summary>
internal enum FormKind { Invoice, Act, Waybill, Proposal }
