import { List, Typography } from 'antd';
import { Link } from 'react-router';
import { publicApi, type PublicSubjectSearch } from '../../../shared/public-api';
import { ManyMatches } from '../../../shared/many-matches';
import { useLoad } from '../../../shared/use-load';
import { LoadAlert } from '../../components/load-alert';

/** The organisations found for `q`, each linking to its public record. */
export function SearchResults({ q }: { q: string }) {
  const found = useLoad(() => publicApi<PublicSubjectSearch>('subjects', { q, limit: 20 }), [q]);
  return (
    <section aria-label="查询结果" style={{ marginBottom: 32 }}>
      <LoadAlert error={found.error} />
      {found.data?.capped && <ManyMatches />}
      {!found.error && (
        <List
          header={<Typography.Text strong>查询结果</Typography.Text>}
          bordered
          loading={found.loading}
          locale={{ emptyText: `未找到与“${q}”相关的企业或组织` }}
          dataSource={found.data?.items as { code: string; name: string }[] | undefined}
          renderItem={(item) => (
            <List.Item>
              <Link to={`/subjects/${encodeURIComponent(item.code)}`}>{item.name}</Link>
              <Typography.Text type="secondary">统一社会信用代码：{item.code}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
