import { formatRecurrence, parseRecurrence } from './recurrence';

describe('recurrence rules', () => {
  it('reads and writes back the rules the server keeps', () => {
    for (const rule of [
      'FREQ=DAILY',
      'FREQ=WEEKLY;BYDAY=MO,TH',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15;COUNT=4',
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
      'FREQ=DAILY;UNTIL=20271231',
    ]) {
      expect(formatRecurrence(parseRecurrence(rule))).toBe(rule);
    }
  });

  it('puts weekdays in week order and leaves INTERVAL=1 out', () => {
    expect(formatRecurrence(parseRecurrence('freq=weekly;interval=1;byday=th,mo'))).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
  });

  it('means "does not repeat" by null', () => {
    expect(parseRecurrence(null).frequency).toBe('none');
    expect(formatRecurrence(parseRecurrence(''))).toBeNull();
  });
});
