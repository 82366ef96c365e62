import { formatAmount, formatDay, formatDayTime, formatFileSize, formatMoney, formatMonth, formatQuantity, formatShare } from './formats';

// Angular's Russian data separates groups with a no-break space; the tests read it as a plain one.
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ');

describe('formats', () => {
  it('shows money in Russian as 222 000,00 ₽ and the same sign for RUB in English', () => {
    expect(plain(formatMoney(222000, 'ru'))).toBe('222 000,00 ₽');
    expect(plain(formatMoney('1234.5', 'ru', 'RUB'))).toBe('1 234,50 ₽');
    expect(formatMoney(222000, 'en')).toBe('₽222,000.00');
    expect(formatMoney(null, 'ru')).toBe('—');
  });

  it('shows another currency by its sign, never by its code', () => {
    expect(plain(formatMoney(10, 'ru', 'USD'))).toBe('10,00 $');
    expect(plain(formatMoney(10, 'ru', 'EUR'))).toBe('10,00 €');
  });

  it('shows amounts and quantities with Russian separators', () => {
    expect(plain(formatAmount(1234.5, 'ru'))).toBe('1 234,50');
    expect(plain(formatAmount(12.3456, 'ru', '1.2-4'))).toBe('12,3456');
    expect(plain(formatQuantity(1250, 'ru'))).toBe('1 250');
    expect(formatQuantity(2.5, 'ru')).toBe('2,5');
    expect(formatQuantity(2.5, 'en')).toBe('2.5');
  });

  it('shows a fraction as 85,7 % in Russian and 85.7% in English', () => {
    expect(plain(formatShare(0.857, 'ru'))).toBe('85,7 %');
    expect(plain(formatShare(1, 'ru'))).toBe('100 %');
    expect(formatShare(0.857, 'en')).toBe('85.7%');
    expect(formatShare(undefined, 'ru')).toBe('—');
  });

  it('shows a day as 02.12.2026, without shifting a bare date by the time zone', () => {
    expect(formatDay('2026-12-02', 'ru')).toBe('02.12.2026');
    expect(formatDay(new Date(2026, 11, 2, 23, 59), 'ru')).toBe('02.12.2026');
    expect(formatDay('2026-12-02', 'en')).toBe('12/02/2026');
    expect(formatDay(null, 'ru')).toBe('');
    expect(formatDayTime(new Date(2026, 11, 2, 14, 5), 'ru')).toBe('02.12.2026 14:05');
  });

  it('names months: декабрь 2026, December 2026', () => {
    expect(formatMonth(2026, 12, 'ru')).toBe('декабрь 2026');
    expect(formatMonth('2027', '2', 'en')).toBe('February 2027');
    expect(formatMonth(null, null, 'ru')).toBeNull();
  });

  it('should show a file size in the largest unit it fills', () => {
    expect(formatFileSize(812, 'ru')).toBe('812 Б');
    expect(plain(formatFileSize(1536, 'ru'))).toBe('1,5 КБ');
    expect(formatFileSize(25 * 1024 * 1024, 'en')).toBe('25 MB');
    expect(formatFileSize(null, 'ru')).toBe('—');
  });
});
