import { Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';

export const PERSON_QUERY_FILTERS = ['from', 'to', 'subject', 'department'] as const;
export type PersonQueryFilters = Partial<Record<(typeof PERSON_QUERY_FILTERS)[number], string>>;

interface FormValues {
  readonly asked?: [Dayjs | null, Dayjs | null] | null;
  readonly subject?: string;
  readonly department?: string;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/** The log's filters: asked between two days, about which person, by which department. */
export function PersonQueryFiltersForm({ filters, onApply }: { filters: PersonQueryFilters; onApply: (f: PersonQueryFilters) => void }) {
  const [form] = Form.useForm<FormValues>();
  useEffect(() => {
    form.setFieldsValue({
      asked: filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null,
      subject: filters.subject,
      department: filters.department,
    });
  }, [form, filters.from, filters.to, filters.subject, filters.department]);
  return (
    <Form<FormValues>
      form={form}
      layout="inline"
      style={{ rowGap: 8, marginBottom: 16 }}
      onFinish={({ asked, subject, department }) => onApply({ from: day(asked?.[0]), to: day(asked?.[1]), subject, department })}
    >
      <Form.Item label="查询日期 Asked" name="asked">
        <DatePicker.RangePicker allowEmpty={[true, true]} format="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item label="身份证号 Person" name="subject">
        <Input allowClear style={{ width: 220 }} />
      </Form.Item>
      <Form.Item label="查询部门 Department" name="department">
        <Input allowClear placeholder="部门编号" style={{ width: 140 }} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          筛选 Filter
        </Button>
        <Button htmlType="button" onClick={() => onApply({})}>
          重置 Reset
        </Button>
      </Space>
    </Form>
  );
}
