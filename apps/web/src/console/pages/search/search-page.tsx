import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { query } from '../../../shared/api';
import { useLoad } from '../../../shared/use-load';
import { ProblemAlert } from '../../problem-alert';
import { ManyMatches } from '../../../shared/many-matches';
import { looksLikeResidentId, PurposeModal, rememberedPurpose } from '../../purpose';
import { useSession } from '../../session';
import { ResultsTable, type FoundPage, type FoundSubject } from './results-table';
import { SearchForm } from './search-form';

/** 主体查询: by code, 身份证号 (with a purpose) or part of a name; the query lives in the URL (?q=) so back and forward work. */
export default function SearchPage() {
  const { call } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const person = looksLikeResidentId(q);
  const [purpose, setPurpose] = useState<string | undefined>();
  const given = person ? (rememberedPurpose(q) ?? purpose) : undefined;
  const waiting = person && !given;
  const [more, setMore] = useState<{ q: string; items: FoundSubject[]; next?: string; capped?: true }>();
  const found = useLoad<FoundPage>(q && !waiting ? () => call<FoundPage>(`/v1/subjects${query({ q })}`, { purpose: given }) : undefined, [
    q,
    given,
    call,
  ]);
  const extra = more?.q === q ? more : undefined;
  const items = [...(found.data?.items ?? []), ...(extra?.items ?? [])];
  const next = extra ? extra.next : found.data?.next;
  const capped = found.data?.capped ?? extra?.capped;
  const loadMore = async () => {
    const page = await call<FoundPage>(`/v1/subjects${query({ q, cursor: next })}`, { purpose: given });
    setMore({ q, items: [...(extra?.items ?? []), ...page.items], next: page.next, capped: extra?.capped ?? page.capped });
  };
  return (
    <>
      <Typography.Title level={2}>主体查询 Search</Typography.Title>
      <SearchForm
        initial={q}
        onSearch={(text) => {
          setPurpose(undefined);
          setParams({ q: text });
        }}
      />
      <PurposeModal open={waiting} subject={q} onGiven={setPurpose} onCancel={() => setParams({})} />
      <ProblemAlert error={found.error} />
      {q && capped && <ManyMatches />}
      {q && !waiting && <ResultsTable items={items} loading={found.loading} />}
      {next && (
        <Button style={{ marginTop: 16 }} onClick={loadMore}>
          加载更多 More
        </Button>
      )}
    </>
  );
}
