/** A line's amount as the server computes it: quantity × unit price, rounded half away from zero to kopecks. */
export function lineAmount(quantity: number, unitPrice: number): number {
  const exact = quantity * unitPrice;
  // 1.5 × 333.33 is 499.99499… in binary; nudging by a relative epsilon rounds it as the decimal server does (500.00).
  return (Math.sign(exact) * Math.round(Math.abs(exact) * 100 * (1 + Number.EPSILON * 4))) / 100;
}

export function linesTotal(lines: readonly { quantity: number; unitPrice: number }[]): number {
  return lines.reduce((sum, l) => Math.round(sum * 100 + lineAmount(l.quantity, l.unitPrice) * 100) / 100, 0);
}
