import { query } from '../../../shared/api';
import { useLoad, type Loaded } from '../../../shared/use-load';
import { useSession } from '../../session';
import type { Period, Report, ReportName } from './statistics-reports';

/** GET /v1/statistics/<name> for the period; the api gives a department only its own rows. */
export function useReport<Name extends ReportName>(name: Name, period: Period): Loaded<Report<Name>> {
  const { call } = useSession();
  return useLoad(
    () => call<Report<Name>>(`/v1/statistics/${name}${query({ from: period.from, to: period.to })}`),
    [name, period.from, period.to, call],
  );
}
