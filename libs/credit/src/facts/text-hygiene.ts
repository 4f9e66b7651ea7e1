/**
 * How a text may be written. `line`: names, identifiers, document numbers — one line of visible
 * characters. `prose`: free text (facts found, legal basis …), which may also hold tabs and line breaks.
 */
export type TextForm = 'line' | 'prose';

const CONTROL: Record<TextForm, RegExp> = {
  line: /[\u0000-\u001F\u007F-\u009F]/u,
  prose: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u,
};
/** Zero-width and bidirectional formatting characters: invisible, they make two equal-looking names differ. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;
/** With the u flag a paired surrogate is one code point, so this matches only unpaired halves. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Why the text cannot be stored, or undefined. Refused rather than cleaned: what a department sent is
 * its record, and silently changing it would hide the fault in its source system. Not NFC-normalised
 * either: NFC maps the CJK compatibility ideographs (U+F900–U+FAFF) to other code points, which would
 * change registered names.
 */
export function textProblem(text: string, form: TextForm): string | undefined {
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) return `contains an unpaired surrogate ${codePoint(surrogate[0])} at position ${surrogate.index} (not valid Unicode)`;
  const control = CONTROL[form].exec(text);
  if (control) {
    const allowed = form === 'prose' ? ' (only tab and line breaks are allowed)' : '';
    return `contains the control character ${codePoint(control[0])} at position ${control.index}${allowed}`;
  }
  const invisible = form === 'line' ? INVISIBLE.exec(text) : null;
  if (invisible)
    return `contains the invisible formatting character ${codePoint(invisible[0])} at position ${invisible.index} (zero-width or bidi control)`;
  return undefined;
}

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
