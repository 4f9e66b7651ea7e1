import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { query } from '../../../shared/api';
import type { Schema } from '../../../shared/api-types';
import { ProblemAlert } from '../../problem-alert';
import { useSession } from '../../session';
import { useCursorPages } from '../../use-cursor-pages';
import { useFilterParams } from '../../use-filter-params';
import { RangeFiltersForm } from '../../range-filters-form';
import { AUDIT_FILTERS, AUDIT_TEXT_FILTERS } from './audit-filters';
import { ExportCsvButton } from './export-csv-button';
import { ListChangesTable, type ListChange } from './list-changes-table';

/** 名单变更审计: every list change in recorded order, filtered, paged, exportable as CSV (credit office). */
export default function AuditPage() {
  const { call } = useSession();
  const { filters, setFilters } = useFilterParams(AUDIT_FILTERS);
  const selection = query(filters);
  const [exportError, setExportError] = useState<string>();
  const pages = useCursorPages<ListChange>(selection, async (cursor) => {
    const page = await call<Schema<'ListChangePage'>>(`/v1/audit/list-changes${query({ ...filters, cursor })}`);
    return { items: page.changes, next: page.next };
  });
  return (
    <>
      <Typography.Title level={2}>名单变更审计 Audit</Typography.Title>
      <RangeFiltersForm rangeLabel="记录日期 Recorded" texts={AUDIT_TEXT_FILTERS} filters={filters} onApply={setFilters} />
      <Space style={{ marginBottom: 16 }}>
        <ExportCsvButton path={`/v1/audit/list-changes${selection}`} onError={setExportError} />
      </Space>
      <ProblemAlert error={pages.error ?? exportError} />
      <ListChangesTable changes={pages.items} loading={pages.loading} />
      {pages.more && (
        <Button style={{ marginTop: 16 }} onClick={pages.loadMore} loading={pages.loading}>
          加载更多 More
        </Button>
      )}
    </>
  );
}
