using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Suite.Framework.Data;

/// <summary>
/// A decimal with at most 4 decimals as a whole number of ten-thousandths, for SQLite only: it keeps decimals as text,
/// which it can neither compare, order nor add up, while whole numbers it sums exactly (money and quantities in Stock and Finance).
/// </summary>
public sealed class TenThousandthsConverter() : ValueConverter<decimal, long>(
    v => (long)Math.Round(v * 10_000m, MidpointRounding.AwayFromZero),
    v => v / 10_000m);
