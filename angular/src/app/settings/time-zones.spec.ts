import { TIME_ZONES, utcOffset } from './time-zones';

describe('company time zones', () => {
  it('offers Moscow and all eleven Russian zones from Kaliningrad to Kamchatka, each once', () => {
    expect(TIME_ZONES).toContain('Europe/Moscow');
    expect(TIME_ZONES.slice(0, 12)).toEqual([
      'Europe/Kaliningrad', 'Europe/Moscow', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Omsk', 'Asia/Novosibirsk',
      'Asia/Krasnoyarsk', 'Asia/Irkutsk', 'Asia/Yakutsk', 'Asia/Vladivostok', 'Asia/Magadan', 'Asia/Kamchatka',
    ]);
    expect(new Set(TIME_ZONES).size).toBe(TIME_ZONES.length);
  });

  it('shows the offset from UTC the zone has at that moment', () => {
    const winter = new Date('2026-12-02T12:00:00Z');
    expect(utcOffset('Europe/Moscow', winter)).toBe('UTC+03:00');
    expect(utcOffset('Asia/Kamchatka', winter)).toBe('UTC+12:00');
    expect(utcOffset('UTC', winter)).toBe('UTC+00:00');
    expect(utcOffset('Europe/London', new Date('2026-07-01T12:00:00Z'))).toBe('UTC+01:00');
  });

  it('shows no offset for a zone the browser does not know', () => {
    expect(utcOffset('Mars/Olympus_Mons')).toBe('');
  });
});
