/** Today in Asia/Shanghai as YYYY-MM-DD (the api's dates are local dates of the city). */
export function todayInShanghai(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** A timestamp shown in Asia/Shanghai, to the minute. */
export function formatInstant(iso: string): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}
