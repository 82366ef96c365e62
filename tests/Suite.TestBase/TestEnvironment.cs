namespace Suite.TestBase;

/// <summary>The private servers ./test starts (scripts/services.sh) and tells the tests about.</summary>
public static class TestEnvironment
{
    public static string PostgreSql => Require("SUITE_TEST_POSTGRES");
    public static string RabbitMq => Require("SUITE_TEST_RABBITMQ");
    public static string RabbitMqCtl => Require("SUITE_TEST_RABBITMQCTL");

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. Run the tests with ./test, which starts private PostgreSQL and RabbitMQ servers, " +
                "or source scripts/services.sh and call suite_services_start.");
}
