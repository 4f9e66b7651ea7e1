import type { TableColumnsType } from 'antd';
import { publicApi, type DoublePublicityItem, type PublicAnswer } from '../../../shared/public-api';
import { ListFilter } from '../../components/list-filter';
import { LoadAlert } from '../../components/load-alert';
import { PublicBasisText, PublicPeriod } from '../../components/public-period';
import { PublicTable } from '../../components/public-table';
import { SubjectLink } from '../../components/subject-link';
import { PAGE_SIZE, usePublicPage } from '../../components/use-public-page';
import { DecisionSummary } from './decision-summary';

const CAPTIONS = { penalty: '行政处罚公示', licence: '行政许可公示' } as const;

/** One kind of 双公示 record: a filter, the table and its pages. */
export function DoublePublicityList({ kind }: { kind: 'licence' | 'penalty' }) {
  const paging = usePublicPage<DoublePublicityItem>(
    (q, page) => publicApi<PublicAnswer<'double-publicity'>>('double-publicity', { kind, q, page, limit: PAGE_SIZE }),
    [kind],
  );
  const columns: TableColumnsType<DoublePublicityItem> = [
    {
      title: kind === 'penalty' ? '行政处罚决定书文号' : '行政许可决定文书号',
      dataIndex: 'decisionNumber',
      width: 190,
    },
    {
      title: kind === 'penalty' ? '行政相对人' : '许可对象',
      key: 'subject',
      render: (_, item) => <SubjectLink subject={item.subject} />,
      width: 230,
    },
    { title: kind === 'penalty' ? '处罚内容' : '许可内容', key: 'summary', render: (_, item) => <DecisionSummary item={item} /> },
    {
      title: kind === 'penalty' ? '处罚机关' : '许可机关',
      key: 'authority',
      render: (_, item) => item.authority.name ?? item.authority.code ?? '—',
      width: 170,
    },
    { title: '决定日期', dataIndex: 'decisionDate', width: 110 },
    {
      title: '公示期限',
      key: 'window',
      width: 210,
      render: (_, item) => (
        <>
          <PublicPeriod from={item.window.from} until={item.window.until} />
          <br />
          <small>
            依据：
            <PublicBasisText basis={item.window.basis} />
          </small>
        </>
      ),
    },
  ];
  return (
    <>
      <ListFilter label="按企业名称或统一社会信用代码筛选" value={paging.q} onChange={paging.setQ} />
      <LoadAlert error={paging.error} />
      <PublicTable
        caption={CAPTIONS[kind]}
        columns={columns}
        paging={paging}
        rowKey={(item) => `${item.decisionNumber}|${item.subject.code}`}
      />
    </>
  );
}
