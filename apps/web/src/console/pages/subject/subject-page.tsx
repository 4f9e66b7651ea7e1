import { Card, Space, Spin } from 'antd';
import { useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../problem-alert';
import { PurposeModal } from '../../purpose';
import { EventTimeline } from './event-timeline';
import { ListEntries } from './list-entries';
import { MeasuresSection } from './measures-section';
import { RelationsList } from './relations-list';
import { RepairPanel } from './repair-panel';
import type { HistoryEvent } from './subject-answers';
import { SubjectHeader } from './subject-header';
import { useSubjectData } from './use-subject-data';
import { useSubjectView } from './use-subject-view';

const PAGE_STYLE = `
.jc-anchor:target, tr.jc-anchor:target > td { background: #fffbe6; outline: 2px solid #faad14; }
`;

/** A refusal that is only the missing purpose is asked for in the dialog, not shown as an error. */
const shown = (error: string | undefined, needsPurpose: boolean) => (needsPurpose && error?.includes('purpose') ? undefined : error);

/** The subject's credit file on a date: list entries, measures with their proof, events, relations, repair. */
function SubjectProfile({ code }: { code: string }) {
  const view = useSubjectView();
  const data = useSubjectData(code, view.asOf, view.scenario);
  const navigate = useNavigate();
  const { hash } = useLocation();
  const subject = data.found.data?.items.find((s) => s.code === code);
  const events = useMemo(
    () => new Map<string, HistoryEvent>((data.history.data?.events ?? []).map((e) => [e.eventId, e])),
    [data.history.data],
  );
  const entries = [...(data.lists.data?.lists ?? []), ...(data.lists.data?.reachedThrough ?? [])];
  const { rest } = data;
  // A link from another page to an event of this one: scroll there once the timeline is in.
  useEffect(() => {
    if (hash && data.history.data && rest) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash, data.history.data, rest]);
  const section = (error: string | undefined) => <ProblemAlert error={shown(error, data.needsPurpose)} />;
  return (
    <>
      <style>{PAGE_STYLE}</style>
      <SubjectHeader code={code} name={subject?.name} kind={subject?.kind} view={view} />
      <PurposeModal open={data.needsPurpose} subject={code} onGiven={data.givePurpose} onCancel={() => navigate(-1)} />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card
          title="惩戒与激励措施 Measures"
          extra={data.measures.data && `规则集 ${data.measures.data.ruleSet.version} · ${data.measures.data.asOf}`}
        >
          {section(data.measures.error)}
          {data.measures.loading && !data.measures.data ? (
            <Spin aria-label="加载中" />
          ) : (
            data.measures.data && (
              <MeasuresSection measures={data.measures.data.measures} entries={entries} events={events} scenario={view.scenario} />
            )
          )}
        </Card>
        {rest && (
          <>
            <Card title="名单条目 List entries">
              {section(data.lists.error)}
              <ListEntries entries={entries} loading={data.lists.loading} />
            </Card>
            <Card title="关联人员与机构 Relations">
              {section(data.relations.error)}
              <RelationsList subject={code} relations={data.relations.data?.relations ?? []} loading={data.relations.loading} />
            </Card>
            <Card title="信用修复 Repair eligibility">
              {section(data.repair.error)}
              {data.repair.data && <RepairPanel eligibility={data.repair.data} />}
            </Card>
            <Card title="事件时间线 Timeline">
              {section(data.history.error)}
              {data.history.loading && !data.history.data ? (
                <Spin aria-label="加载中" />
              ) : (
                <EventTimeline events={data.history.data?.events ?? []} />
              )}
            </Card>
          </>
        )}
      </Space>
    </>
  );
}

export default function SubjectPage() {
  const { code = '' } = useParams();
  return <SubjectProfile key={code} code={code.trim().toUpperCase()} />;
}
