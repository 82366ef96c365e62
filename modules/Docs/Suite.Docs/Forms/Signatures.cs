using Suite.Docs.Rendering;

namespace Suite.Docs.Forms;

/// <summary>
/// Signature lines: a label, the line signed on (with the scanned signature over it when given) and the person's
/// name; the stamp, when given, overlaps them as it does on paper and takes no room of its own.
/// </summary>
internal static class Signatures
{
    private static readonly TextStyle Label = new(9, Bold: true);
    private static readonly TextStyle Name = new(9);

    /// <summary>The director's and the accountant's lines of an invoice.</summary>
    public static Stack Build(OrganisationPrint organisation, string directorLabel, string accountantLabel)
    {
        var director = Line(directorLabel, organisation.Director, organisation.DirectorSignature);
        var accountant = Line(accountantLabel, organisation.ChiefAccountant, organisation.AccountantSignature);
        return new Stack(Stamped(director, organisation.Stamp), new Spacer(10), accountant);
    }

    /// <summary>"Label ______ Name", the signature image above the line; a long label takes a larger share of the width.</summary>
    public static Row Line(string label, string? person, byte[]? signature, float labelWeight = 28) => new(
        (labelWeight, new Stack(new Spacer(13), new TextBlock(label, Label))),
        (30, Signed(signature)),
        (64 - labelWeight, new Stack(new Spacer(13), new TextBlock(person ?? "", Name))));

    /// <summary>One party's block of an act or a waybill: its title, the line and name under it, "М.П." and the stamp.</summary>
    public static IBox Party(string title, string? person, byte[]? signature, byte[]? stamp, FormLabels words)
    {
        var block = new Stack(
            new TextBlock(title, Label),
            new Row((45, Signed(signature)), (55, new Stack(new Spacer(13), new TextBlock(person ?? "", Name)))),
            new Spacer(4),
            new TextBlock(words.Stamp, Name));
        return Stamped(block, stamp, offsetX: 60, offsetY: -10);
    }

    /// <summary>Several lines one under another (a waybill's "Отпуск разрешил", "Главный бухгалтер", …).</summary>
    public static Stack Lines(float labelWeight, params (string Label, string? Person, byte[]? Signature)[] lines) =>
        new(lines.SelectMany((l, i) => i == 0
            ? [Line(l.Label, l.Person, l.Signature, labelWeight)]
            : new IBox[] { new Spacer(6), Line(l.Label, l.Person, l.Signature, labelWeight) }).ToArray());

    public static IBox Stamped(IBox signed, byte[]? stamp, float offsetX = 120, float offsetY = -25) =>
        stamp is { } bytes ? new Layers(signed, new ImageBox(bytes, 110, 110, offsetX, offsetY)) : signed;

    private static IBox Signed(byte[]? signature) => signature is { } bytes
        ? new Layers(new ImageBox(bytes, 90, 30), new Stack(new Spacer(22), new Rule(0.6f, 0)))
        : new Stack(new Spacer(22), new Rule(0.6f, 0));
}
