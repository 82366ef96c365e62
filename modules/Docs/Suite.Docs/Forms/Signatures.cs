using Suite.Docs.Rendering;

namespace Suite.Docs.Forms;

/// <summary>The director's and the accountant's signature lines, with the scanned signatures and stamp when given.</summary>
internal static class Signatures
{
    private static readonly TextStyle Label = new(9, Bold: true);
    private static readonly TextStyle Name = new(9);
    private static readonly TextStyle Hint = new(6.5f, Align: TextAlign.Center);

    public static Stack Build(OrganisationPrint organisation, InvoiceLabels labels)
    {
        var director = Line(labels.Director, organisation.Director, organisation.DirectorSignature);
        var accountant = Line(labels.Accountant, organisation.ChiefAccountant, organisation.AccountantSignature);
        // The stamp overlaps both signature lines, as it does on paper; it takes no room of its own.
        IBox stamp = organisation.Stamp is { } bytes ? new ImageBox(bytes, 110, 110, offsetX: 120, offsetY: -25) : new Spacer(0);
        return new Stack(new Layers(director, stamp), new Spacer(10), accountant);
    }

    private static Row Line(string label, string person, byte[]? signature)
    {
        // The signature image sits above the line the person signs on.
        IBox signed = signature is { } bytes
            ? new Layers(new ImageBox(bytes, 90, 30), new Stack(new Spacer(22), new Rule(0.6f, 0)))
            : new Stack(new Spacer(22), new Rule(0.6f, 0));
        return new Row(
            (28, new Stack(new Spacer(13), new TextBlock(label, Label))),
            (30, signed),
            (36, new Stack(new Spacer(13), new TextBlock(person, Name))));
    }
}
