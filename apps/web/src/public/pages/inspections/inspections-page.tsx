import { Typography, type TableColumnsType } from 'antd';
import { publicApi, type InspectionItem, type PublicAnswer } from '../../../shared/public-api';
import { ListFilter } from '../../components/list-filter';
import { LoadAlert } from '../../components/load-alert';
import { PublicBasisText, PublicPeriod } from '../../components/public-period';
import { PublicTable } from '../../components/public-table';
import { SubjectLink } from '../../components/subject-link';
import { PAGE_SIZE, usePublicPage } from '../../components/use-public-page';

const COLUMNS: TableColumnsType<InspectionItem> = [
  { title: '抽查编号', dataIndex: 'inspectionNumber', width: 160 },
  { title: '被抽查对象', key: 'subject', render: (_, item) => <SubjectLink subject={item.subject} />, width: 240 },
  { title: '抽查事项', dataIndex: 'items' },
  { title: '抽查结果', key: 'result', render: (_, item) => item.resultLabel ?? item.result, width: 130 },
  { title: '抽查机关', key: 'authority', render: (_, item) => item.authority.name ?? item.authority.code ?? '—', width: 170 },
  { title: '抽查日期', dataIndex: 'inspectedOn', width: 110 },
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

/** 双随机、一公开: the random inspections' results published today. */
export default function InspectionsPage() {
  const paging = usePublicPage<InspectionItem>(
    (q, page) => publicApi<PublicAnswer<'inspections'>>('inspections', { q, page, limit: PAGE_SIZE }),
    [],
  );
  return (
    <>
      <Typography.Title level={2}>双随机抽查结果</Typography.Title>
      <Typography.Paragraph type="secondary">
        “双随机、一公开”抽查的结果，今日在公示期限内的；每条注明公示期限及其依据。
      </Typography.Paragraph>
      <ListFilter label="按企业名称或统一社会信用代码筛选" value={paging.q} onChange={paging.setQ} />
      <LoadAlert error={paging.error} />
      <PublicTable
        caption="双随机抽查结果公示"
        columns={COLUMNS}
        paging={paging}
        rowKey={(item) => `${item.inspectionNumber}|${item.subject.code}`}
      />
    </>
  );
}
