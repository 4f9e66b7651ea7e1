import { Alert, Descriptions, Typography } from 'antd';
import { useParams } from 'react-router';
import { publicApi, type PublicDisclosure } from '../../../shared/public-api';
import { useLoad } from '../../../shared/use-load';
import { LoadAlert } from '../../components/load-alert';
import { SubjectRecords } from './subject-records';
import { useSubjectName } from './use-subject-name';

/** 主体信用信息: what is published about one subject today (list entries, penalties, licences, 双随机 results). */
export default function SubjectPage() {
  const code = useParams().code ?? '';
  const disclosure = useLoad(() => publicApi<PublicDisclosure>(`subjects/${encodeURIComponent(code)}`), [code]);
  const name = useSubjectName(code);
  return (
    <>
      <Typography.Title level={2}>{name ?? '主体信用信息'}</Typography.Title>
      <LoadAlert error={disclosure.error} />
      {disclosure.data && (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'code', label: '统一社会信用代码 / 证件号码', children: disclosure.data.subject },
              { key: 'asOf', label: '公示日期', children: disclosure.data.asOf },
            ]}
            style={{ marginBottom: 16 }}
          />
          {disclosure.data.records.length === 0 ? (
            <Alert type="info" showIcon title="该主体当前没有在公示期内的信用信息" />
          ) : (
            <SubjectRecords records={disclosure.data.records} />
          )}
        </>
      )}
      {disclosure.loading && <Typography.Paragraph>加载中…</Typography.Paragraph>}
    </>
  );
}
