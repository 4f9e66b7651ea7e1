import { addDays, type LocalDate } from '#kernel';
import { validResidentId } from '#kernel/testing';

/** A valid 身份证号 (Beijing Chaoyang), distinct for every n below 20,000,000. */
export function residentId(n: number): string {
  return validResidentId('110105', addDays('1950-01-01' as LocalDate, n % 20_000), Math.floor(n / 20_000) % 1000);
}
