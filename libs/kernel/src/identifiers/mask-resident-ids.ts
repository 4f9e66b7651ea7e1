import { looksLikeResidentId, maskResidentId } from './resident-id.js';

/**
 * Finding 身份证号 in free text (logs, public fields, answers) to mask them. A number typed by a person
 * is often not clean: a wrong check digit, spaces between the parts, full-width digits, or the old
 * 15-digit form. So a candidate is any run of digits (half- or full-width, split by at most two spaces
 * between groups) that, NFKC-normalised and without the spaces, has the shape of an 18- or 15-digit
 * number: an area code starting 1–8 and a real-looking birth month and day, whatever its check
 * character. 统一社会信用代码 start with a letter or 9 or have no birth date where an ID has one, and
 * 文号 or amounts are too short or have no such shape, so they are left alone.
 */

const DIGIT = '[0-9\\uFF10-\\uFF19]';
const CHECK = '[XxＸｘ]';
const GAP = '[ \\t\\u00A0\\u3000]{1,2}';
const ALNUM = '[0-9A-Za-z\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A]';
/** Not inside a longer word or number; `\n` in a JSON log line counts as a boundary. */
const RUN = new RegExp(`(?:(?<!${ALNUM})|(?<=\\\\[nrt]))${DIGIT}+${CHECK}?(?:${GAP}${DIGIT}+${CHECK}?)*(?!${ALNUM})`, 'g');
const GROUP = new RegExp(`${DIGIT}+${CHECK}?`, 'g');

const MONTH_DAY = '(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])';
const EIGHTEEN = new RegExp(`^[1-8]\\d{5}(?:18|19|20)\\d{2}${MONTH_DAY}\\d{3}[\\dX]$`);
const FIFTEEN = new RegExp(`^[1-8]\\d{5}\\d{2}${MONTH_DAY}\\d{3}$`);

interface Candidate {
  readonly start: number;
  readonly end: number;
  /** NFKC-normalised, upper case, without spaces. */
  readonly id: string;
}

/** Whether an 18- or 15-character text (normalised) has the shape of a 身份证号, whatever its check character. */
function hasResidentIdShape(normalized: string): boolean {
  return EIGHTEEN.test(normalized) || FIFTEEN.test(normalized);
}

/** Every 身份证号-looking run in the text, masked (first 6 and last 4 visible); `keep` lists numbers left as they are. */
export function maskResidentIds(text: string, keep: ReadonlySet<string> = new Set()): string {
  let out = '';
  let copied = 0;
  for (const candidate of candidates(text)) {
    if (keep.has(candidate.id)) continue;
    out += text.slice(copied, candidate.start) + maskResidentId(candidate.id);
    copied = candidate.end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `maskResidentIds` over every string inside a JSON-like value (object keys are left as they are). */
export function maskResidentIdsDeep<T>(value: T, keep: ReadonlySet<string> = new Set()): T {
  if (typeof value === 'string') return maskResidentIds(value, keep) as T;
  if (Array.isArray(value)) return value.map((item) => maskResidentIdsDeep(item, keep)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskResidentIdsDeep(item, keep)])) as T;
  }
  return value;
}

/** The valid 身份证号 (check character right) written anywhere inside a JSON-like value, normalised, each once. */
export function residentIdsIn(value: unknown): string[] {
  const found = new Set<string>();
  const visit = (item: unknown): void => {
    if (typeof item === 'string') {
      for (const { id } of candidates(item)) if (looksLikeResidentId(id)) found.add(id);
    } else if (Array.isArray(item)) item.forEach(visit);
    else if (item && typeof item === 'object') Object.values(item).forEach(visit);
  };
  visit(value);
  return [...found];
}

function* candidates(text: string): Generator<Candidate> {
  for (const run of text.matchAll(RUN)) {
    const groups = [...run[0].matchAll(GROUP)].map((g) => ({
      start: run.index + g.index,
      end: run.index + g.index + g[0].length,
      text: normalize(g[0]),
    }));
    // Groups are joined greedily from the left: "电话 13800138000 110105 19850612 5011" finds the second number.
    for (let first = 0; first < groups.length; first++) {
      let joined = '';
      for (let last = first; last < groups.length && joined.length < 18; last++) {
        joined += groups[last].text;
        if ((joined.length === 18 || joined.length === 15) && hasResidentIdShape(joined)) {
          yield { start: groups[first].start, end: groups[last].end, id: joined };
          first = last;
          break;
        }
      }
    }
  }
}

function normalize(text: string): string {
  return text.normalize('NFKC').toUpperCase();
}
