/** Running numbers per series (a 文号 prefix and year, a department's record ids): unique, in generation order. */
export class Numbering {
  private readonly counters = new Map<string, number>();

  next(series: string, start = 1): number {
    const value = this.counters.get(series) ?? start;
    this.counters.set(series, value + 1);
    return value;
  }

  /** A 文号 such as 京朝市监罚〔2026〕123号: prefix, year, and the next number of that series. */
  documentNumber(prefix: string, year: number): string {
    return `${prefix}〔${year}〕${this.next(`${prefix}|${year}`)}号`;
  }

  /** A court case number such as （2026）京0105执1234号. */
  caseNumber(court: string, caseType: string, year: number): string {
    return `（${year}）京${court}${caseType}${this.next(`${court}|${caseType}|${year}`, 1001)}号`;
  }
}
