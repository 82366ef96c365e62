using Xunit;

// The tests share one RabbitMQ node and stop it in the middle of one of them: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
