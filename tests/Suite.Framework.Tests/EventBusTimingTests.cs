using Shouldly;
using Suite.Framework.Events;
using Xunit;

namespace Suite.Framework.Tests;

public sealed class EventBusTimingTests
{
    [Fact]
    public void Should_Double_The_Retry_Delay_Up_To_The_Cap()
    {
        var options = new EventBusOptions { RetryBaseDelay = TimeSpan.FromSeconds(2), RetryMaxDelay = TimeSpan.FromMinutes(1) };

        Enumerable.Range(1, 7).Select(options.RetryDelay).Select(d => d.TotalSeconds)
            .ShouldBe([2, 4, 8, 16, 32, 60, 60]);
    }

    [Fact]
    public void Should_Keep_The_Write_Order_Of_Events_Written_In_The_Same_Instant()
    {
        var frozen = new FrozenClock();
        var sequence = Enumerable.Range(0, 1000).Select(_ => EventSequence.Next(frozen)).ToList();

        sequence.ShouldBe(sequence.Order());
        sequence.Distinct().Count().ShouldBe(1000);
    }

    private sealed class FrozenClock : TimeProvider
    {
        private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => _now;
    }
}
