import { Button, Typography } from 'antd';
import { query } from '../../../shared/api';
import type { Schema } from '../../../shared/api-types';
import { ProblemAlert } from '../../problem-alert';
import { useSession } from '../../session';
import { useCursorPages } from '../../use-cursor-pages';
import { useFilterParams } from '../../use-filter-params';
import { RangeFiltersForm } from '../../range-filters-form';
import { PERSON_QUERY_FILTERS, PERSON_QUERY_TEXT_FILTERS } from './person-query-filters';
import { PersonQueriesTable, type PersonQuery } from './person-queries-table';

/** 个人信息查询记录: the log of queries about natural persons, with their purposes (credit office). */
export default function PersonQueriesPage() {
  const { call } = useSession();
  const { filters, setFilters } = useFilterParams(PERSON_QUERY_FILTERS);
  const pages = useCursorPages<PersonQuery>(query(filters), async (cursor) => {
    const page = await call<Schema<'PersonQueryPage'>>(`/v1/audit/person-queries${query({ ...filters, cursor })}`);
    return { items: page.queries, next: page.next };
  });
  return (
    <>
      <Typography.Title level={2}>个人信息查询记录 Person queries</Typography.Title>
      <RangeFiltersForm rangeLabel="查询日期 Asked" texts={PERSON_QUERY_TEXT_FILTERS} filters={filters} onApply={setFilters} />
      <ProblemAlert error={pages.error} />
      <PersonQueriesTable queries={pages.items} loading={pages.loading} />
      {pages.more && (
        <Button style={{ marginTop: 16 }} onClick={pages.loadMore} loading={pages.loading}>
          加载更多 More
        </Button>
      )}
    </>
  );
}
