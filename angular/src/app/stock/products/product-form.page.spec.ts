import { parseNumber } from './product-form.page';

describe('product form numbers', () => {
  it('reads empty as none, a comma as the decimal point, and rejects text', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber(' 12,5 ')).toBe(12.5);
    expect(parseNumber('1 000.25')).toBe(1000.25);
    expect(parseNumber('abc')).toBeNaN();
  });
});
