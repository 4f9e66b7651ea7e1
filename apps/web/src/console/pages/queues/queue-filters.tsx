import { Form, Select } from 'antd';

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

/** A queue's filters as the URL and the api name them; absent: all. */
export interface QueueFilter {
  readonly status?: string;
  readonly overdue?: string;
}

const OVERDUE: FilterOption[] = [
  { value: 'true', label: '仅逾期 Overdue only' },
  { value: 'false', label: '未逾期 Not overdue' },
];

/** The queue's filters, each labelled; an empty choice means all. */
export function QueueFilters({
  idPrefix,
  statuses,
  status,
  overdue,
  onChange,
}: {
  idPrefix: string;
  statuses: readonly FilterOption[];
  status?: string;
  overdue?: string;
  onChange: (filters: QueueFilter) => void;
}) {
  return (
    <Form layout="inline" style={{ marginBottom: 16 }}>
      <Form.Item label="状态 Status" htmlFor={`${idPrefix}-status`}>
        <Select
          id={`${idPrefix}-status`}
          allowClear
          placeholder="全部 All"
          style={{ width: 200 }}
          value={status}
          options={[...statuses]}
          onChange={(value?: string) => onChange({ status: value, overdue })}
        />
      </Form.Item>
      <Form.Item label="逾期 Overdue" htmlFor={`${idPrefix}-overdue`}>
        <Select
          id={`${idPrefix}-overdue`}
          allowClear
          placeholder="全部 All"
          style={{ width: 180 }}
          value={overdue}
          options={OVERDUE}
          onChange={(value?: string) => onChange({ status, overdue: value })}
        />
      </Form.Item>
    </Form>
  );
}
