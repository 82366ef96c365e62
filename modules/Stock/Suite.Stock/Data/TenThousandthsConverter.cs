using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Suite.Stock.Data;

/// <summary>A decimal with at most 4 decimals as a whole number of ten-thousandths (SQLite only).</summary>
internal sealed class TenThousandthsConverter() : ValueConverter<decimal, long>(
    v => (long)Math.Round(v * 10_000m, MidpointRounding.AwayFromZero),
    v => v / 10_000m);
