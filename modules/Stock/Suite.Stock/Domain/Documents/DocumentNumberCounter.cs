namespace Suite.Stock.Domain.Documents;

/// <summary>The last number given to documents of one kind; incremented in the creating transaction, so numbers have no gaps.</summary>
public sealed class DocumentNumberCounter
{
    private DocumentNumberCounter() { }

    public DocumentNumberCounter(DocumentKind kind) => Kind = kind;

    public DocumentKind Kind { get; private set; }
    public long LastNumber { get; private set; }

    public static string Format(DocumentKind kind, long number) => $"{Prefix(kind)}-{number:000000}";

    private static string Prefix(DocumentKind kind) => kind switch
    {
        DocumentKind.Receipt => "RC",
        DocumentKind.Shipment => "SH",
        DocumentKind.Transfer => "TR",
        DocumentKind.WriteOff => "WO",
        _ => "IC",
    };
}
