using Suite.Finance.Domain.BankStatements;

namespace Suite.Finance.Application.BankStatements;

/// <summary>
/// Reads one bank statement format. The import asks each registered parser whether it can read a file and uses the
/// first that can; another format (a bank's own XML, MT940) is one more implementation registered in the module.
/// </summary>
internal interface IBankStatementParser
{
    /// <summary>Whether the file looks like this parser's format (its signature), without reading it whole.</summary>
    bool CanRead(ReadOnlySpan<byte> content);

    /// <summary>Reads the file; a malformed one is refused with a 400 naming what is wrong.</summary>
    StatementFile Parse(byte[] content);
}
