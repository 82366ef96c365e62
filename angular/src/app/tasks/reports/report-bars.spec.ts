import { employeeBars, monthOf } from './report-bars';

describe('task report bars', () => {
  it('puts every employee on one scale and never counts the overdue twice', () => {
    const bars = employeeBars([
      { userId: 'u1', userName: 'Анна', doneOnTime: 6, doneLate: 2, open: 2, overdue: 1, averageCompletionHours: 5 },
      { userId: 'u2', userName: 'Олег', doneOnTime: 1, doneLate: 0, open: 1, overdue: 1, averageCompletionHours: null },
    ]);

    expect(bars[0].parts.map((p) => [p.bucket, p.value, p.percent])).toEqual([
      ['doneOnTime', 6, 60],
      ['doneLate', 2, 20],
      ['open', 1, 10],
      ['overdue', 1, 10],
    ]);
    expect(bars[1].parts.map((p) => p.bucket)).toEqual(['doneOnTime', 'overdue']);
  });

  it('opens on the whole current month', () => {
    expect(monthOf('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});
