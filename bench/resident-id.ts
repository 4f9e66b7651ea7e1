import { addDays, residentIdCheckCharacter, type LocalDate } from '#kernel';

/** A valid 身份证号 (Beijing Chaoyang), distinct for every n below 20,000,000. */
export function residentId(n: number): string {
  const birth = addDays('1950-01-01' as LocalDate, n % 20_000).replaceAll('-', '');
  const first17 = `110105${birth}${String(Math.floor(n / 20_000) % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17)!;
}
