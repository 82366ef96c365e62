using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using ServiceProvider = SmtpServer.ComponentModel.ServiceProvider;

namespace Suite.TestBase;

/// <summary>
/// A real SMTP server on a free loopback port, started by the test: it keeps every letter it accepts (read back with
/// MimeKit) and answers "554 5.2.2 Mailbox full" to a letter for <see cref="FullMailbox"/>, as a real server refuses one.
/// </summary>
public sealed class TestMailServer : IDisposable
{
    public const string FullMailbox = "full@client.test";
    public const string FullMailboxAnswer = "5.2.2 Mailbox full";

    private readonly CancellationTokenSource _stop = new();
    private readonly LetterStore _store = new();
    private int _stopped;

    public TestMailServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new ServiceProvider();
        services.Add(_store);
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        WaitUntilListening();
    }

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Letters => _store.Letters;

    /// <summary>A loopback port nobody listens on: connecting to it is refused.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Stops listening; the host's factory may dispose it more than once.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
            _stop.Cancel();
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }

    private sealed class LetterStore : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Letters { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (transaction.To.Any(m => $"{m.User}@{m.Host}".Equals(FullMailbox, StringComparison.OrdinalIgnoreCase)))
                return new SmtpResponse(SmtpReplyCode.TransactionFailed, FullMailboxAnswer);
            using var stream = new MemoryStream(buffer.ToArray());
            Letters.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
