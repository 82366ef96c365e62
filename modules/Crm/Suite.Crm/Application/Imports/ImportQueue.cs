using System.Threading.Channels;

namespace Suite.Crm.Application.Imports;

/// <summary>An import to run, with the language its error messages are written in.</summary>
internal sealed record ImportRequest(Guid JobId, string Culture);

/// <summary>Started imports waiting for the background runner, in the order they were started.</summary>
internal sealed class ImportQueue
{
    private readonly Channel<ImportRequest> _channel = Channel.CreateUnbounded<ImportRequest>();

    public void Enqueue(ImportRequest request) => _channel.Writer.TryWrite(request);

    public IAsyncEnumerable<ImportRequest> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
