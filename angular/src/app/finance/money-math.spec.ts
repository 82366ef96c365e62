import { allowedVatRate, defaultPaymentAmount, defaultVatRatesFor, fitVatRate, invoiceAmounts, lineAmounts, spreadPayment } from './money-math';

describe('invoice arithmetic', () => {
  it('adds VAT to net prices per line, rounded to kopecks half away from zero', () => {
    // 3 × 33.33 = 99.99; 22 % of it is 21.9978 → 22.00
    expect(lineAmounts({ quantity: 3, unitPrice: 33.33, vatRate: 22 }, false)).toEqual({ net: 99.99, vat: 22, total: 121.99 });
    // 0.125 × 0.2 = 0.025 → 0.03 (away from zero), not the 0.02 binary floats give
    expect(lineAmounts({ quantity: 0.125, unitPrice: 0.2, vatRate: null }, false)).toEqual({ net: 0.03, vat: 0, total: 0.03 });
    // 10 % of 0.05 is 0.005 → 0.01
    expect(lineAmounts({ quantity: 1, unitPrice: 0.05, vatRate: 10 }, false)).toEqual({ net: 0.05, vat: 0.01, total: 0.06 });
  });

  it('takes VAT out of VAT-inclusive prices: total × rate ÷ (100 + rate)', () => {
    // 122 incl. 22 % → VAT 22, net 100
    expect(lineAmounts({ quantity: 1, unitPrice: 122, vatRate: 22 }, true)).toEqual({ net: 100, vat: 22, total: 122 });
    // 100 incl. 22 % → VAT 18.0327… → 18.03, net 81.97
    expect(lineAmounts({ quantity: 1, unitPrice: 100, vatRate: 22 }, true)).toEqual({ net: 81.97, vat: 18.03, total: 100 });
    // 105 incl. 5 % → VAT 5
    expect(lineAmounts({ quantity: 3, unitPrice: 35, vatRate: 5 }, true)).toEqual({ net: 100, vat: 5, total: 105 });
  });

  it('sums the rounded lines and gives the VAT per rate', () => {
    const amounts = invoiceAmounts(
      [
        { quantity: 1, unitPrice: 0.05, vatRate: 10 },
        { quantity: 1, unitPrice: 0.05, vatRate: 10 },
        { quantity: 2, unitPrice: 1000, vatRate: 22 },
        { quantity: 1, unitPrice: 500, vatRate: null },
      ],
      false,
    );
    // each 0.005 VAT rounds to 0.01 on its own line: 0.02, not 0.01
    expect(amounts.vatByRate).toEqual([
      { rate: 22, net: 2000, vat: 440 },
      { rate: 10, net: 0.1, vat: 0.02 },
      { rate: null, net: 500, vat: 0 },
    ]);
    expect(amounts.net).toBe(2500.1);
    expect(amounts.vat).toBe(440.02);
    expect(amounts.total).toBe(2940.12);
  });

  it('treats empty quantity or price as zero', () => {
    expect(lineAmounts({ quantity: '', unitPrice: 10, vatRate: 22 }, false)).toEqual({ net: 0, vat: 0, total: 0 });
    expect(lineAmounts({ quantity: '2', unitPrice: '12.5', vatRate: 0 }, false)).toEqual({ net: 25, vat: 0, total: 25 });
  });
});

describe('VAT rates per tax regime', () => {
  it('allows 22, 10 and 0 % under ОСНО and 5 %, 7 % or none under УСН', () => {
    expect(defaultVatRatesFor('osno')).toEqual([22, 10, 0]);
    expect(defaultVatRatesFor('usn')).toEqual([5, 7, null]);
  });

  it('keeps a rate the new regime allows and otherwise takes its first', () => {
    expect(fitVatRate('osno', 10)).toBe(10);
    expect(fitVatRate('usn', 22)).toBe(5);
    expect(fitVatRate('usn', null)).toBeNull();
    expect(fitVatRate('osno', null)).toBe(22);
  });
});

describe('record payment', () => {
  it('offers the amount still due', () => {
    expect(defaultPaymentAmount({ amountDue: 1220.5 })).toBe(1220.5);
    expect(defaultPaymentAmount({ amountDue: '300.10' })).toBe(300.1);
    expect(defaultPaymentAmount({ amountDue: 0 })).toBe(0);
  });

  it('spreads a payment over open invoices oldest first, the rest staying an advance', () => {
    const invoices = [
      { id: 'a', amountDue: 100.1 },
      { id: 'b', amountDue: 50 },
      { id: 'c', amountDue: 70 },
    ];
    expect(spreadPayment(120.2, invoices)).toEqual({ a: 100.1, b: 20.1, c: 0 });
    expect(spreadPayment(500, invoices)).toEqual({ a: 100.1, b: 50, c: 70 });
  });
});

describe('a catalog VAT rate on a line', () => {
  it('is kept when lines may carry it and replaced by the default when not', () => {
    expect(allowedVatRate(22, 10)).toBe(22);
    expect(allowedVatRate('0', 22)).toBe(0);
    expect(allowedVatRate(null, 22)).toBeNull();
    // 20 % is no longer a rate: the organisation's default takes its place
    expect(allowedVatRate(20, 22)).toBe(22);
    expect(allowedVatRate(18, null)).toBeNull();
  });
});
