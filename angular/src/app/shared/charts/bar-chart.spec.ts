import { TestBed } from '@angular/core/testing';
import { allByTestId, byTestId, configureTestBed, settle } from '../../../testing/testing-providers';
import { formatMoney } from '../formats/formats';
import { BarChart, monthName } from './bar-chart';

describe('BarChart', () => {
  beforeEach(() => configureTestBed());

  it('draws a bar per month and series, says what it shows, and gives each bar its amount in roubles', async () => {
    const fixture = TestBed.createComponent(BarChart);
    fixture.componentRef.setInput('label', 'Прибыль по месяцам');
    fixture.componentRef.setInput('months', ['2026-01', '2026-02']);
    fixture.componentRef.setInput('series', [
      { name: 'Выручка', values: ['150000.00', 90000], tone: 'primary' },
      { name: 'Чистая прибыль', values: [25000.5, -12000], tone: 'positive' },
    ]);
    await settle(fixture);

    const svg = byTestId(fixture, 'chart') as Element;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Прибыль по месяцам');
    const bars = allByTestId(fixture, 'chart-bar');
    expect(bars.length).toBe(4);
    const titles = bars.map((b) => b.querySelector('title')?.textContent?.replace(/\s/g, ' '));
    expect(titles[1]).toBe('Чистая прибыль, январь 2026: 25 000,50 ₽');
    expect(titles[3]).toBe(`Чистая прибыль, февраль 2026: ${formatMoney(-12000, 'ru')}`.replace(/\s/g, ' '));
    expect(bars[3].getAttribute('class')).toContain('below');
    // The negative bar hangs from the zero line.
    const zeroY = Number(byTestId(fixture, 'chart-zero')?.getAttribute('y1'));
    expect(Number(bars[3].getAttribute('y'))).toBeCloseTo(zeroY);
    expect(byTestId(fixture, 'chart-legend')?.textContent).toContain('Выручка');
    expect(svg.textContent).toContain('₽');
  });

  it('names groups by their labels and shows plain numbers when the values are not money', async () => {
    const fixture = TestBed.createComponent(BarChart);
    fixture.componentRef.setInput('label', 'Звонки по дням');
    fixture.componentRef.setInput('months', ['2027-03-01', '2027-03-02']);
    fixture.componentRef.setInput('labels', ['01.03', '02.03']);
    fixture.componentRef.setInput('unit', 'number');
    fixture.componentRef.setInput('series', [{ name: 'Звонки', values: [4, 1.5] }]);
    await settle(fixture);

    const titles = allByTestId(fixture, 'chart-bar').map((b) => b.querySelector('title')?.textContent?.replace(/\s/g, ' '));
    expect(titles).toEqual(['Звонки, 01.03: 4', 'Звонки, 02.03: 1,5']);
    const svg = byTestId(fixture, 'chart') as Element;
    expect(svg.textContent).not.toContain('₽');
    expect(svg.textContent).toContain('02.03');
  });

  it('names its groups by the labels it is given instead of months (managers, channels)', async () => {
    const fixture = TestBed.createComponent(BarChart);
    fixture.componentRef.setInput('label', 'План и факт');
    fixture.componentRef.setInput('months', ['a', 'b']);
    fixture.componentRef.setInput('labels', ['Анна', 'Команда']);
    fixture.componentRef.setInput('series', [{ name: 'Факт', values: [40000, 60000] }]);
    await settle(fixture);

    const titles = allByTestId(fixture, 'chart-bar').map((b) => b.querySelector('title')?.textContent?.replace(/\s/g, ' '));
    expect(titles).toEqual(['Факт, Анна: 40 000,00 ₽', 'Факт, Команда: 60 000,00 ₽']);
    expect((byTestId(fixture, 'chart') as Element).textContent).toContain('Команда');
  });

  it('names months in the UI language', () => {
    expect(monthName('2026-03', 'ru', 'LLLL y')).toBe('март 2026');
    expect(monthName('2026-03', 'en', 'LLLL y')).toBe('March 2026');
    expect(monthName('bad', 'ru', 'LLLL y')).toBe('bad');
  });
});
