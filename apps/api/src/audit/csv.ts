/** One RFC 4180 CSV line: fields with commas, quotes or line breaks are quoted, quotes doubled. */
export function csvLine(values: readonly unknown[]): string {
  return (
    values
      .map((value) => {
        const text = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
        return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
      })
      .join(',') + '\r\n'
  );
}
