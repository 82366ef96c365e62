import { lineAmount, linesTotal } from './deal-lines';

describe('deal lines', () => {
  it('rounds a line to kopecks the way the server does', () => {
    expect(lineAmount(1.5, 333.33)).toBe(500);
    expect(lineAmount(3, 100.1)).toBe(300.3);
    expect(linesTotal([{ quantity: 1.5, unitPrice: 333.33 }, { quantity: 3, unitPrice: 100.1 }])).toBe(800.3);
    expect(linesTotal([])).toBe(0);
  });
});
