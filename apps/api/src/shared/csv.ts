/**
 * One RFC 4180 CSV line: fields with commas, quotes or line breaks are quoted, quotes doubled. A cell that a
 * spreadsheet would read as a formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe
 * (OWASP, CSV injection), so a value a department sent can never run in the credit office's Excel.
 */
export function csvLine(values: readonly unknown[]): string {
  return values.map((value) => quoted(defused(cellText(value)))).join(',') + '\r\n';
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cellText).join(' ');
  if (typeof value === 'object') return Object.values(value).map(cellText).filter(Boolean).join(' ');
  return String(value);
}

function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
