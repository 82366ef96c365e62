using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Host.Notifications;
using Xunit;
using static Suite.Notifications.Tests.Digest.DigestApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Notifications.Tests.Digest;

/// <summary>Without a mail server the subscription is kept, "send now" explains what to set up, and Monday sends nothing.</summary>
public sealed class DigestWithoutMailTests(DigestHostWithoutMail host) : IClassFixture<DigestHostWithoutMail>
{
    [Fact]
    public async Task Should_Explain_Instead_Of_Sending_And_Record_Nothing_On_Monday()
    {
        var userName = $"dir-{Guid.NewGuid():N}"[..16];
        var (director, directorId) = await host.UserAsync("director", userName);
        (await SubscribeAsync(director)).GetProperty("mailConfigured").GetBoolean().ShouldBeFalse();

        var now = await director.PostAsync("/api/notifications/digest/send-now", null);
        now.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(now)).GetProperty("code").GetString().ShouldBe("Notifications.Smtp.NotConfigured");

        host.Clock.Set(Monday(8, 5));
        await Task.Delay(TimeSpan.FromMilliseconds(200) * 5); // five looks of the watch: none may send or claim

        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        (await db.DigestDispatches.CountAsync(d => d.UserId == directorId)).ShouldBe(0);
        director = await host.SignInAsync(userName, Suite.TestBase.SuiteHost.UserPassword); // Wednesday's token has expired by Monday
        (await Json(await director.GetAsync("/api/notifications/digest"))).GetProperty("lastSentAt").ValueKind
            .ShouldBe(System.Text.Json.JsonValueKind.Null);
    }
}
