import type { paths } from '../../../shared/api-schema';
import type { GetAnswer, ItemOf } from '../../../shared/api-types';

/** A report of GET /v1/statistics/<name>, by its name. */
export type ReportName = Extract<keyof paths, `/v1/statistics/${string}`> extends `/v1/statistics/${infer Name}` ? Name : never;
export type Report<Name extends ReportName> = GetAnswer<`/v1/statistics/${Name}`>;
export type ReportRow<Name extends ReportName> = ItemOf<Report<Name> extends { readonly rows: infer Rows } ? Rows : never>;

export interface Period {
  readonly from: string;
  readonly to: string;
}

/** Sums a field over rows. */
export const total = <Row>(rows: readonly Row[], value: (row: Row) => number): number => rows.reduce((sum, row) => sum + value(row), 0);
