/** Making an Intl.DateTimeFormat is costly (the first loads its locale and time zone data): each is made once, when first used. */
function once(make: () => Intl.DateTimeFormat): () => Intl.DateTimeFormat {
  let made: Intl.DateTimeFormat | undefined;
  return () => (made ??= make());
}

const shanghaiDay = once(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }));
const shanghaiMinute = once(
  () => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }),
);

/** Today in Asia/Shanghai as YYYY-MM-DD (the api's dates are local dates of the city). */
export function todayInShanghai(): string {
  return shanghaiDay().format(new Date());
}

/** A timestamp shown in Asia/Shanghai, to the minute. */
export function formatInstant(iso: string): string {
  return shanghaiMinute().format(new Date(iso));
}
