/** China Standard Time: UTC+8, without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Today in Asia/Shanghai as YYYY-MM-DD (the api's dates are local dates of the city). By the fixed offset, not
 * Intl: the first Intl.DateTimeFormat with a time zone loads its data, which delayed a subject page's first calls.
 */
export function todayInShanghai(): string {
  return new Date(Date.now() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

let minuteFormat: Intl.DateTimeFormat | undefined;

/** A timestamp shown in Asia/Shanghai, to the minute (one formatter, made when first used: making one is costly). */
export function formatInstant(iso: string): string {
  minuteFormat ??= new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });
  return minuteFormat.format(new Date(iso));
}
