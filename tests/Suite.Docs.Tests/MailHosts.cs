using Suite.Framework.Data;
using Suite.TestBase;

namespace Suite.Docs.Tests;

/// <summary>Suite with its mail settings pointing at a real SMTP server the test started on loopback.</summary>
public abstract class MailHost : SuiteHost
{
    public const string Sender = "docs@okna-plus.test";

    protected MailHost(DatabaseProvider provider, string? rabbitMqUri = null) : base(provider, rabbitMqUri)
    {
        MailServer = new TestMailServer();
        With("Suite:Smtp:Host", "127.0.0.1");
        With("Suite:Smtp:Port", MailServer.Port.ToString());
        With("Suite:Smtp:SecureSocketOptions", "None");
        With("Suite:Smtp:From", Sender);
        With("Suite:Smtp:FromName", "Окна Плюс");
    }

    public TestMailServer MailServer { get; }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            MailServer.Dispose();
        base.Dispose(disposing);
    }
}

public sealed class MailHostOnSqlite() : MailHost(DatabaseProvider.Sqlite);

/// <summary>Server mode as deployed: PostgreSQL with the events going through RabbitMQ.</summary>
public sealed class MailHostOverRabbitMq() : MailHost(DatabaseProvider.PostgreSql, TestEnvironment.RabbitMq);

/// <summary>Mail set up, but nothing listens where the settings point: the connection is refused.</summary>
public sealed class UnreachableMailHostOnSqlite : SuiteHost
{
    public UnreachableMailHostOnSqlite() : base(DatabaseProvider.Sqlite)
    {
        With("Suite:Smtp:Host", "127.0.0.1");
        With("Suite:Smtp:Port", TestMailServer.FreePort().ToString());
        With("Suite:Smtp:SecureSocketOptions", "None");
        With("Suite:Smtp:From", MailHost.Sender);
    }
}
