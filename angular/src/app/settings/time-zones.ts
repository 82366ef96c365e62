/**
 * The zones offered in the company settings: Russia's eleven, west to east, then the neighbours and a few
 * trading partners. Labels are i18n keys under `settings.zones`; the value is the IANA id the server stores.
 */
export const TIME_ZONES: readonly string[] = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
  'Europe/Minsk',
  'Asia/Almaty',
  'Asia/Tashkent',
  'Asia/Bishkek',
  'Asia/Yerevan',
  'Asia/Tbilisi',
  'Asia/Baku',
  'Asia/Dubai',
  'Asia/Shanghai',
  'Europe/Istanbul',
  'Europe/Berlin',
  'Europe/London',
  'UTC',
];

/** The zone's offset from UTC now, e.g. "UTC+03:00", as the browser knows it. */
export function utcOffset(zone: string, now = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName')?.value;
    return part === 'GMT' || !part ? 'UTC+00:00' : part.replace('GMT', 'UTC');
  } catch {
    return '';
  }
}
