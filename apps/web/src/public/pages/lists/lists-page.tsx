import { Typography, type TableColumnsType } from 'antd';
import { useParams } from 'react-router';
import type { ListPublicationItem } from '../../../shared/public-api';
import { PublicList } from '../../components/public-list';
import { PublicPeriod } from '../../components/public-period';
import { SubjectLink } from '../../components/subject-link';

const TITLES = {
  black: {
    title: '失信名单',
    caption: '失信主体名单（在列入期限内）',
    intro: '今日在列入期限内的失信主体名单；移出、信用修复或期满后不再显示。',
  },
  red: { title: '守信红名单', caption: '守信激励红名单（在列入期限内）', intro: '今日在有效期内的守信激励对象名单。' },
} as const;

const COLUMNS: TableColumnsType<ListPublicationItem> = [
  { title: '名单类型', dataIndex: 'label', width: 180 },
  { title: '主体', key: 'subject', render: (_, item) => <SubjectLink subject={item.subject} />, width: 260 },
  {
    title: '认定依据（文号）',
    key: 'basis',
    render: (_, item) => (
      <>
        {item.basis.documentNumber}
        {item.basis.clause ? ` ${item.basis.clause}` : ''}
        {item.memorandum && (
          <>
            <br />
            <small>{item.memorandum}</small>
          </>
        )}
      </>
    ),
  },
  { title: '认定机关', key: 'decidedBy', render: (_, item) => item.decidedBy ?? '—', width: 180 },
  { title: '列入期限', key: 'period', render: (_, item) => <PublicPeriod from={item.period.from} until={item.period.until} />, width: 210 },
];

/** The black or red list in force today (/lists/black, /lists/red). */
export default function ListsPage() {
  const color = useParams().kind === 'red' ? 'red' : 'black';
  const text = TITLES[color];
  return (
    <>
      <Typography.Title level={2}>{text.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{text.intro}</Typography.Paragraph>
      <PublicList
        path="lists"
        kind={color}
        caption={text.caption}
        columns={COLUMNS}
        rowKey={(item) => `${item.listType}|${item.subject.code}|${item.period.from}`}
      />
    </>
  );
}
