using System.Diagnostics;
using System.Globalization;
using Suite.Docs.Forms;
using Suite.Docs.Rendering;
using Suite.DocsBench;

// Suite.DocsBench (bench/run --docs): renders the built-in forms in process and prints render times and PDF sizes
// beside a reference measured in the same run. Prints figures; asserts nothing. See docs/bench-docs.md.

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
int renders = 300, invoices = 1_000, threads = 2;
for (var i = 0; i < args.Length; i++)
{
    int Value() => i + 1 < args.Length && int.TryParse(args[++i], out var v) && v > 0 ? v : throw new ArgumentException($"{args[i - 1]} needs a positive number.");
    switch (args[i])
    {
        case "--docs": break;
        case "--renders": renders = Value(); break;
        case "--invoices": invoices = Value(); break;
        case "--threads": threads = Value(); break;
        default:
            Console.Error.WriteLine("bench/run --docs [--renders N (one-page timings, default 300)] [--invoices N (default 1000)] [--threads N (default 2)]");
            return 2;
    }
}

Console.WriteLine($"Suite.DocsBench: .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {Load()}");

var invoice = BenchForms.Invoice();
var withImages = BenchForms.Invoice(images: true);
var long60 = BenchForms.Invoice(lines: 60);

// Warm-up: JIT, the fonts loaded once, Skia's first document; not reported.
for (var i = 0; i < 50; i++)
{
    InvoiceForm.Render(invoice, Language.Russian);
    SkiaOnly.Render(invoice);
    SkiaOnly.Blank();
}

Console.WriteLine();
Console.WriteLine($"one page, {renders} renders each      median ms   p95 ms   mean ms   PDF KB");
Row("invoice (3 lines, QR code)", () => InvoiceForm.Render(invoice, Language.Russian));
Row("invoice + logo, signatures, stamp", () => InvoiceForm.Render(withImages, Language.Russian));
Row("invoice with show_qr: no", () => InvoiceForm.Render(invoice, Language.Russian, FormOptions.Default with { ShowQr = false }));
Row("the QR code alone on a page", () => new PdfDocument(PageSize.A4, (_, _) => "").Add(new QrBox(PaymentQr.Payload(invoice), 96)).Render());
Row("the QR code's modules alone (QRCoder)", () => { new QrBox(PaymentQr.Payload(invoice), 96); return []; });
Row("act", () => ActForm.Render(BenchForms.Act(), Language.Russian, FormOptions.Default));
Row("waybill ТОРГ-12 (landscape)", () => WaybillForm.Render(BenchForms.Waybill(), Language.Russian, FormOptions.Default));
Row("proposal", () => ProposalForm.Render(BenchForms.Proposal(), Language.Russian, FormOptions.Default));
Row("reference: same words, Skia only", () => SkiaOnly.Render(invoice));
Row("reference: blank page", SkiaOnly.Blank);

var longPdf = InvoiceForm.Render(long60, Language.Russian);
var longPages = PageCount(longPdf);
var longTimes = Measure(Math.Max(20, renders / 5), () => InvoiceForm.Render(long60, Language.Russian));
Console.WriteLine($"60-line invoice: {longPages} pages, {longPdf.Length / 1024.0:0.0} KB, median {Median(longTimes):0.00} ms " +
                  $"({Median(longTimes) / longPages:0.00} ms a page), p95 {Percentile(longTimes, 0.95):0.00} ms");

Console.WriteLine();
// Wall time, and the process's CPU time: on a shared machine the CPU time is what the renders themselves cost.
var (sequential, sequentialCpu) = Batch(invoices, 1);
Console.WriteLine($"{invoices:N0} invoices, 1 thread:  {sequential.TotalSeconds:0.00} s, {sequential.TotalMilliseconds / invoices:0.00} ms a page (wall), " +
                  $"{sequentialCpu.TotalMilliseconds / invoices:0.00} ms CPU a page");
var (parallel, parallelCpu) = Batch(invoices, threads);
Console.WriteLine($"{invoices:N0} invoices, {threads} threads: {parallel.TotalSeconds:0.00} s, {parallel.TotalMilliseconds / invoices:0.00} ms a page (wall), " +
                  $"{parallelCpu.TotalMilliseconds / invoices:0.00} ms CPU a page, speed-up {sequential / parallel:0.00}x");
var reference = Stopwatch.StartNew();
var referenceCpu = Process.GetCurrentProcess().TotalProcessorTime;
for (var i = 0; i < invoices; i++) SkiaOnly.Render(invoice with { Number = i.ToString() });
Console.WriteLine($"{invoices:N0} reference pages (Skia only), 1 thread: {reference.Elapsed.TotalSeconds:0.00} s, " +
                  $"{(Process.GetCurrentProcess().TotalProcessorTime - referenceCpu).TotalMilliseconds / invoices:0.00} ms CPU a page");
Console.WriteLine($"load average {Load()}, GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2");
return 0;

void Row(string name, Func<byte[]> render)
{
    var size = render().Length;
    var times = Measure(renders, render);
    Console.WriteLine($"{name,-36} {Median(times),9:0.00} {Percentile(times, 0.95),8:0.00} {times.Average(),9:0.00} {size / 1024.0,8:0.0}");
}

// Each invoice its own number, as a real batch would be; a thread takes the next one when done.
(TimeSpan Wall, TimeSpan Cpu) Batch(int count, int degree)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = degree },
        i => InvoiceForm.Render(invoice with { Number = (1000 + i).ToString() }, Language.Russian));
    return (watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
}

static double[] Measure(int count, Func<byte[]> render)
{
    var times = new double[count];
    for (var i = 0; i < count; i++)
    {
        var start = Stopwatch.GetTimestamp();
        render();
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
    return times;
}

static double Median(double[] times) => Percentile(times, 0.5);

static double Percentile(double[] times, double share)
{
    var sorted = times.Order().ToArray();
    return sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(share * sorted.Length) - 1)];
}

// Skia writes "/Type /Page" once per page (and "/Type /Pages" once for the tree).
static int PageCount(byte[] pdf) =>
    System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type /Page\b(?!s)").Count;

static string Load() => File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
