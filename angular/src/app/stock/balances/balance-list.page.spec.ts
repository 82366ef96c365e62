import { pageValue } from './balance-list.page';

describe('balances page total', () => {
  it('adds up the value of the rows shown, to kopecks', () => {
    expect(100.1 + 200.2).not.toBe(300.3);
    expect(pageValue([{ value: 100.1 }, { value: 200.2 }])).toBe(300.3);
    expect(pageValue([{ value: 0.1 }, { value: 0.2 }, { value: 1234.56 }])).toBe(1234.86);
    expect(pageValue([])).toBe(0);
  });
});
