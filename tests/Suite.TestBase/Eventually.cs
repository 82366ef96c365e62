namespace Suite.TestBase;

/// <summary>Waits for an asynchronous effect (an event handled, a copy updated) by polling with a deadline, never by sleeping a fixed time.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        T last;
        while (true)
        {
            last = await probe();
            if (done(last))
                return last;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Timed out waiting for {what ?? "the condition"}; last value: {last}");
            await Task.Delay(100);
        }
    }

    public static Task Until(Func<Task<bool>> condition, TimeSpan? timeout = null, string? what = null) =>
        Until(condition, ok => ok, timeout, what);
}
