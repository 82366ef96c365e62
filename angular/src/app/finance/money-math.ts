/**
 * Invoice arithmetic as the server does it (Finance's InvoiceLine): each line rounded to kopecks, half away from
 * zero, then summed. Worked in whole ten-thousandths with BigInt, so the editor's live totals are the kopecks the
 * server will store, not a binary-float approximation of them.
 */

/** A VAT rate in percent; null is "без НДС". */
export type VatRate = number | null;

/** Every rate a line may carry, in the order the editor offers them. */
export const VAT_RATES: readonly VatRate[] = [22, 10, 7, 5, 0, null];

export type TaxRegimeCode = 'osno' | 'usn';

/** The default VAT rates each tax regime allows: ОСНО 22, 10 or 0 %; УСН 5 %, 7 % or without VAT. */
export function defaultVatRatesFor(regime: TaxRegimeCode): readonly VatRate[] {
  return regime === 'usn' ? [5, 7, null] : [22, 10, 0];
}

/** The default rate to keep when the regime changes: the current one if the new regime allows it, else its first. */
export function fitVatRate(regime: TaxRegimeCode, current: VatRate): VatRate {
  const allowed = defaultVatRatesFor(regime);
  return allowed.includes(current) ? current : allowed[0];
}

export interface LineInput {
  readonly quantity: number | string | null | undefined;
  readonly unitPrice: number | string | null | undefined;
  readonly vatRate: VatRate;
}

export interface LineAmounts {
  readonly net: number;
  readonly vat: number;
  readonly total: number;
}

export interface VatAtRate {
  readonly rate: VatRate;
  readonly net: number;
  readonly vat: number;
}

export interface InvoiceAmounts extends LineAmounts {
  readonly lines: LineAmounts[];
  readonly vatByRate: VatAtRate[];
}

const SCALE = 10_000n;

/** A decimal as whole ten-thousandths; anything that is not a number is 0. */
function scaled(value: number | string | null | undefined): bigint {
  const n = Number(value);
  if (value === null || value === undefined || value === '' || !Number.isFinite(n)) return 0n;
  const [whole, fraction = ''] = n.toFixed(4).split('.');
  const sign = whole.startsWith('-') ? -1n : 1n;
  return sign * (BigInt(whole.replace('-', '')) * SCALE + BigInt(fraction.padEnd(4, '0')));
}

/** n ÷ d rounded half away from zero (d > 0). */
function divide(n: bigint, d: bigint): bigint {
  const sign = n < 0n ? -1n : 1n;
  const a = n < 0n ? -n : n;
  return sign * ((a * 2n + d) / (2n * d));
}

const rubles = (kopecks: bigint): number => Number(kopecks) / 100;

function lineKopecks(line: LineInput, pricesIncludeVat: boolean): { net: bigint; vat: bigint; total: bigint } {
  // quantity × price is in 10⁻⁸; kopecks are 10⁻².
  const amount = divide(scaled(line.quantity) * scaled(line.unitPrice), 1_000_000n);
  const rate = scaled(line.vatRate ?? 0); // percent in 10⁻⁴
  const hundred = 100n * SCALE;
  if (pricesIncludeVat) {
    const vat = divide(amount * rate, hundred + rate);
    return { net: amount - vat, vat, total: amount };
  }
  const vat = divide(amount * rate, hundred);
  return { net: amount, vat, total: amount + vat };
}

/** One line's net, VAT and total in roubles, each rounded to kopecks. */
export function lineAmounts(line: LineInput, pricesIncludeVat: boolean): LineAmounts {
  const k = lineKopecks(line, pricesIncludeVat);
  return { net: rubles(k.net), vat: rubles(k.vat), total: rubles(k.total) };
}

/** The lines, their sums and the VAT per rate (rates in the order of {@link VAT_RATES}). */
export function invoiceAmounts(lines: readonly LineInput[], pricesIncludeVat: boolean): InvoiceAmounts {
  let net = 0n;
  let vat = 0n;
  const byRate = new Map<VatRate, { net: bigint; vat: bigint }>();
  const amounts = lines.map((line) => {
    const k = lineKopecks(line, pricesIncludeVat);
    net += k.net;
    vat += k.vat;
    const rate = line.vatRate ?? null;
    const sum = byRate.get(rate) ?? { net: 0n, vat: 0n };
    byRate.set(rate, { net: sum.net + k.net, vat: sum.vat + k.vat });
    return { net: rubles(k.net), vat: rubles(k.vat), total: rubles(k.total) };
  });
  const vatByRate = VAT_RATES.filter((r) => byRate.has(r)).map((rate) => {
    const sum = byRate.get(rate)!;
    return { rate, net: rubles(sum.net), vat: rubles(sum.vat) };
  });
  return { lines: amounts, net: rubles(net), vat: rubles(vat), total: rubles(net + vat), vatByRate };
}

/** What "Record payment" offers on an invoice: what is still due on it, never below zero. */
export function defaultPaymentAmount(invoice: { readonly amountDue: number | string }): number {
  const due = Number(invoice.amountDue);
  return Number.isFinite(due) && due > 0 ? due : 0;
}

/**
 * Spreads a payment over a client's open invoices in the order given (oldest first): each gets what is due on it
 * until the money runs out. Returns the amount per invoice id; the rest stays an advance.
 */
export function spreadPayment(amount: number, invoices: readonly { readonly id: string; readonly amountDue: number | string }[]): Record<string, number> {
  let left = scaled(amount);
  const result: Record<string, number> = {};
  for (const invoice of invoices) {
    const due = scaled(invoice.amountDue);
    const take = due < left ? due : left;
    result[invoice.id] = take > 0n ? Number(take) / Number(SCALE) : 0;
    left -= take > 0n ? take : 0n;
  }
  return result;
}

/** A catalog's rate when lines may carry it, else `fallback` (a product still at an old rate such as 20 %). */
export function allowedVatRate(rate: number | string | null | undefined, fallback: VatRate): VatRate {
  if (rate === null || rate === undefined || rate === '') return null;
  const n = Number(rate);
  return VAT_RATES.includes(n) ? n : fallback;
}

/** A rate as a select's value: mat-select takes null for "nothing chosen", so "без НДС" is 'none'. */
export function vatKey(rate: VatRate | string | undefined): string {
  return rate === null || rate === undefined || rate === '' ? 'none' : String(Number(rate));
}

export function vatFromKey(key: string): VatRate {
  return key === 'none' ? null : Number(key);
}
