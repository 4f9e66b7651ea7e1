import { Steps, Typography } from 'antd';
import { Link } from 'react-router';
import { documentText, roleLabel } from './labels';
import { entryAnchor, eventAnchor, type HistoryEvent, type ListEntry, type Measure, type MeasureReason } from './subject-answers';

interface ProofChainProps {
  readonly measure: Measure;
  readonly entries: readonly ListEntry[];
  readonly events: ReadonlyMap<string, HistoryEvent>;
}

/** The entry a reason rests on: same list and start, holding the reason's facts. */
function entryOf(reason: MeasureReason, entries: readonly ListEntry[]): ListEntry | undefined {
  return entries.find(
    (e) =>
      e.listType === reason.listType &&
      e.since === reason.since &&
      (reason.organization === undefined || e.organization === reason.organization) &&
      reason.eventIds.every((id) => e.causes.includes(id)),
  );
}

/** A link to an event of this page's timeline, or of the organisation's page when the entry is the organisation's. */
function EventLink({ eventId, organization, children }: { eventId: string; organization?: string; children: React.ReactNode }) {
  return organization ? (
    <Link to={`/subjects/${organization}#${eventAnchor(eventId)}`}>{children}</Link>
  ) : (
    <a href={`#${eventAnchor(eventId)}`}>{children}</a>
  );
}

function ReasonChain({
  measure,
  reason,
  entry,
  events,
}: {
  measure: Measure;
  reason: MeasureReason;
  entry?: ListEntry;
  events: ReadonlyMap<string, HistoryEvent>;
}) {
  const own = reason.organization === undefined;
  const listingEvent = entry ? events.get(entry.listingEventId) : undefined;
  return (
    <Steps
      orientation="vertical"
      size="small"
      items={[
        {
          status: 'process',
          title: '措施 Measure',
          content: (
            <>
              {measure.text}（{measure.id}）· 依据 {documentText(measure.basis)}
            </>
          ),
        },
        {
          status: 'process',
          title: '名单条目 List entry',
          content: (
            <>
              {entry ? <a href={`#${entryAnchor(entry.listingEventId)}`}>{reason.label}</a> : reason.label}，{reason.since} 起
              {reason.until ? `至 ${reason.until}` : '，无固定期限'}
              {reason.role && reason.organization && (
                <>
                  ；经{roleLabel(reason.role)}职务及于本人，名单主体{' '}
                  <Link to={`/subjects/${reason.organization}`}>{reason.organization}</Link>
                </>
              )}
            </>
          ),
        },
        {
          status: 'process',
          title: '认定规则与依据 Regime & basis',
          content: (
            <>
              {reason.regime ? `适用 ${reason.regime.documentNumber}（${reason.regime.effectiveFrom} 起施行）；` : ''}
              认定标准 {reason.criterion}
              {entry && <>；依据 {documentText(entry.basis)}</>}
              {reason.conditions.length > 0 && <>；条件：{reason.conditions.join('、')}</>}
            </>
          ),
        },
        {
          status: 'process',
          title: '事实 Facts',
          content: (
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {reason.eventIds.map((id) => (
                <li key={id}>
                  <EventLink eventId={id} organization={reason.organization}>
                    {events.get(id)?.label ?? (own ? '事实记录' : '名单主体的事实记录')}
                  </EventLink>
                  <Typography.Text type="secondary"> {id}</Typography.Text>
                </li>
              ))}
            </ul>
          ),
        },
        {
          status: 'process',
          title: '事件 Events',
          content: entry ? (
            <EventLink eventId={entry.listingEventId} organization={reason.organization}>
              列入名单事件{listingEvent ? `（记录于 ${listingEvent.recordedAt.slice(0, 10)}，${listingEvent.department ?? ''}）` : ''}
            </EventLink>
          ) : (
            '—'
          ),
        },
      ]}
    />
  );
}

/** Why the measure applies: measure → list entry → regime and basis (文号) → facts → events, each a link. */
export function ProofChain({ measure, entries, events }: ProofChainProps) {
  return (
    <section aria-label={`依据链 Proof：${measure.text}`}>
      {measure.because.map((reason, index) => (
        <ReasonChain key={index} measure={measure} reason={reason} entry={entryOf(reason, entries)} events={events} />
      ))}
    </section>
  );
}
