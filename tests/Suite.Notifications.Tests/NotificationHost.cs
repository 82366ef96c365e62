using Suite.Framework.Data;
using Suite.TestBase;

namespace Suite.Notifications.Tests;

/// <summary>Suite with mail pointing at a real SMTP server the test started on loopback, so e-mailed notifications can be read.</summary>
public abstract class NotificationHost : SuiteHost
{
    public const string Sender = "bell@okna-plus.test";

    protected NotificationHost(DatabaseProvider provider, string? rabbitMqUri = null) : base(provider, rabbitMqUri)
    {
        MailServer = new TestMailServer();
        With("Suite:Smtp:Host", "127.0.0.1");
        With("Suite:Smtp:Port", MailServer.Port.ToString());
        With("Suite:Smtp:SecureSocketOptions", "None");
        With("Suite:Smtp:From", Sender);
    }

    public TestMailServer MailServer { get; }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            MailServer.Dispose();
        base.Dispose(disposing);
    }
}

public sealed class NotificationHostOnSqlite() : NotificationHost(DatabaseProvider.Sqlite);

/// <summary>Server mode as deployed: PostgreSQL with the events going through RabbitMQ.</summary>
public sealed class NotificationHostOverRabbitMq() : NotificationHost(DatabaseProvider.PostgreSql, TestEnvironment.RabbitMq);
