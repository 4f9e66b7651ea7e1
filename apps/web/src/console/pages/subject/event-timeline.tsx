import { Empty, Timeline, Typography } from 'antd';
import { formatInstant } from '../../../shared/dates';
import { eventAnchor, type HistoryEvent } from './subject-answers';

/** `credit.SubjectListed.v1` → `SubjectListed`. */
const shortType = (type: string) => type.replace(/^[a-z]+\./, '').replace(/\.v\d+$/, '');

/** The fact's own date: the first of its date fields (decisionDate, listedOn, from…). */
function factDate(event: HistoryEvent): string | undefined {
  const source = event.data.fact ?? event.data;
  const found = Object.entries(source).find(
    ([name, value]) => typeof value === 'string' && /(Date|On|^since|^from)$/.test(name) && /^\d{4}-\d{2}-\d{2}$/.test(value),
  );
  return found?.[1] as string | undefined;
}

/** The list events the api answers without a label. */
const LIST_EVENTS: Record<string, string> = { SubjectListed: '列入名单', SubjectDelisted: '移出名单', SubjectRegistered: '主体登记' };

/** What happened: a list event names its list. */
function title(event: HistoryEvent): string {
  if (event.label) return event.label;
  const type = shortType(event.type);
  const list = typeof event.data.label === 'string' ? event.data.label : undefined;
  const what = LIST_EVENTS[type] ?? type;
  return list ? `${what}：${list}` : what;
}

/** The subject's events in the order they were recorded; each is an anchor the proof chains link to. */
export function EventTimeline({ events }: { events: readonly HistoryEvent[] }) {
  if (events.length === 0) return <Empty description="暂无事件" />;
  return (
    <Timeline
      items={events.map((event) => ({
        key: event.eventId,
        content: (
          <div id={eventAnchor(event.eventId)} className="jc-anchor" tabIndex={-1}>
            <Typography.Text strong>{title(event)}</Typography.Text>
            <div>
              {factDate(event) && <>事实日期 {factDate(event)} · </>}
              记录于 {formatInstant(event.recordedAt)}
              {event.department && <> · 记录部门 {event.department}</>}
              {event.sourceRecordId && <> · 来源记录 {event.sourceRecordId}</>}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {shortType(event.type)} · {event.eventId}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
