import type { TableColumnsType } from 'antd';
import type { DoublePublicityItem } from '../../../shared/public-api';
import { authorityColumn, windowColumn } from '../../components/public-columns';
import { PublicList } from '../../components/public-list';
import { SubjectLink } from '../../components/subject-link';
import { DecisionSummary } from './decision-summary';

const CAPTIONS = { penalty: '行政处罚公示', licence: '行政许可公示' } as const;

/** One kind of 双公示 record: a filter, the table and its pages. */
export function DoublePublicityList({ kind }: { kind: 'licence' | 'penalty' }) {
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
    authorityColumn(kind === 'penalty' ? '处罚机关' : '许可机关'),
    { title: '决定日期', dataIndex: 'decisionDate', width: 110 },
    windowColumn(),
  ];
  return (
    <PublicList
      path="double-publicity"
      kind={kind}
      caption={CAPTIONS[kind]}
      columns={columns}
      rowKey={(item) => `${item.decisionNumber}|${item.subject.code}`}
    />
  );
}
