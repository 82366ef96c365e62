using MimeKit;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Notifications.Tests.Digest.DigestApi;

namespace Suite.Notifications.Tests.Digest;

/// <summary>Server mode with two hosts on one PostgreSQL: both watches look at the same Monday, each subscriber gets one letter.</summary>
public sealed class DigestTwoHostsTests : IAsyncLifetime
{
    private readonly DigestHost _first = new();
    private DigestHost? _second;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = DigestHost.On(_first);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
            await ((IAsyncLifetime)_second).DisposeAsync();
        await ((IAsyncLifetime)_first).DisposeAsync();
    }

    [Fact]
    public async Task Should_Send_Each_Subscriber_One_Digest_Between_Two_Hosts()
    {
        var names = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var name = $"dir{i}-{Guid.NewGuid():N}"[..16];
            var (director, _) = await _first.UserAsync("director", name);
            await SubscribeAsync(director);
            names.Add(name);
        }

        _first.Clock.Set(Monday(8));
        _second!.Clock.Set(Monday(8));
        await Eventually.Until(() => Task.FromResult(Letters().Count), n => n >= names.Count, what: "a digest for every subscriber");
        await Task.Delay(TimeSpan.FromMilliseconds(200) * 5); // both watches look five times more

        var letters = Letters();
        letters.Count.ShouldBe(names.Count);
        letters.Select(l => l.To.Mailboxes.Single().Address).Order().ShouldBe(names.Select(n => $"{n}@test.local").Order());
    }

    private List<MimeMessage> Letters() =>
        _first.MailServer.Letters.Concat(_second!.MailServer.Letters).Where(l => l.Subject == Subject).ToList();
}
