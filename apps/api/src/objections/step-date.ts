import { todayInShanghai, type Clock, type LocalDate } from '#kernel';

/** The day a step is taken: the one the body names (a step taken on paper earlier), else today in Asia/Shanghai. */
export function stepDays(clock: Clock, on: string | undefined): { on: string; today: LocalDate } {
  const today = todayInShanghai(clock.now());
  return { on: on ?? today, today };
}
