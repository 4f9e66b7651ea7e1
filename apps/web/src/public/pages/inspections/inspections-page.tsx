import { Typography, type TableColumnsType } from 'antd';
import type { InspectionItem } from '../../../shared/public-api';
import { authorityColumn, windowColumn } from '../../components/public-columns';
import { PublicList } from '../../components/public-list';
import { SubjectLink } from '../../components/subject-link';

const COLUMNS: TableColumnsType<InspectionItem> = [
  { title: '抽查编号', dataIndex: 'inspectionNumber', width: 160 },
  { title: '被抽查对象', key: 'subject', render: (_, item) => <SubjectLink subject={item.subject} />, width: 240 },
  { title: '抽查事项', dataIndex: 'items' },
  { title: '抽查结果', key: 'result', render: (_, item) => item.resultLabel ?? item.result, width: 130 },
  authorityColumn('抽查机关'),
  { title: '抽查日期', dataIndex: 'inspectedOn', width: 110 },
  windowColumn(),
];

/** 双随机、一公开: the random inspections' results published today. */
export default function InspectionsPage() {
  return (
    <>
      <Typography.Title level={2}>双随机抽查结果</Typography.Title>
      <Typography.Paragraph type="secondary">
        “双随机、一公开”抽查的结果，今日在公示期限内的；每条注明公示期限及其依据。
      </Typography.Paragraph>
      <PublicList
        path="inspections"
        caption="双随机抽查结果公示"
        columns={COLUMNS}
        rowKey={(item) => `${item.inspectionNumber}|${item.subject.code}`}
      />
    </>
  );
}
