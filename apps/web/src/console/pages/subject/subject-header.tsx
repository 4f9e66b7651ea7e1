import { DatePicker, Descriptions, Form, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { subjectKindLabel } from '../../subject-kinds';
import { SCENARIOS } from './scenarios';
import type { SubjectView } from './use-subject-view';

interface SubjectHeaderProps {
  readonly code: string;
  readonly name?: string;
  readonly kind?: string;
  readonly view: SubjectView;
}

const SCENARIO_OPTIONS = Object.entries(SCENARIOS).map(([value, label]) => ({ value, label }));

/** Who the page is about, and the date and scenario the lists and measures are judged for. */
export function SubjectHeader({ code, name, kind, view }: SubjectHeaderProps) {
  return (
    <header>
      <Typography.Title level={2}>{name ?? code}</Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'code', label: '代码 Code', children: code },
          { key: 'kind', label: '类型 Kind', children: kind ? subjectKindLabel(kind) : '—' },
        ]}
      />
      <Form layout="inline" style={{ margin: '16px 0', rowGap: 8 }}>
        <Form.Item label="查询日期 As of" htmlFor="subject-as-of">
          <DatePicker
            id="subject-as-of"
            value={dayjs(view.asOf)}
            format="YYYY-MM-DD"
            allowClear={false}
            onChange={(date) => view.setAsOf(date ? date.format('YYYY-MM-DD') : undefined)}
          />
        </Form.Item>
        <Form.Item label="应用场景 Scenario" htmlFor="subject-scenario">
          <Select
            id="subject-scenario"
            style={{ minWidth: 280 }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="全部场景 All"
            value={view.scenario}
            options={SCENARIO_OPTIONS}
            onChange={(value?: string) => view.setScenario(value)}
          />
        </Form.Item>
      </Form>
    </header>
  );
}
