import { Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { EntryCards } from './entry-cards';
import { SearchResults } from './search-results';
import { SubjectSearch } from './subject-search';

/** 信用查询: find an organisation by name or code, and the ways into the published lists. */
export default function HomePage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  return (
    <>
      <Typography.Title level={2}>信用查询</Typography.Title>
      <SubjectSearch value={q} onSearch={(text) => setParams(text ? { q: text } : {})} />
      {q && <SearchResults q={q} />}
      <EntryCards />
    </>
  );
}
