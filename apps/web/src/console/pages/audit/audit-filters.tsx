import { Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';

export const AUDIT_FILTERS = ['from', 'to', 'subject', 'listType', 'department'] as const;
export type AuditFilters = Partial<Record<(typeof AUDIT_FILTERS)[number], string>>;

interface FormValues {
  readonly recorded?: [Dayjs | null, Dayjs | null] | null;
  readonly subject?: string;
  readonly listType?: string;
  readonly department?: string;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/** The audit's filters: recorded between two days (Asia/Shanghai), subject, list type, recording department. */
export function AuditFiltersForm({ filters, onApply }: { filters: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const [form] = Form.useForm<FormValues>();
  useEffect(() => {
    form.setFieldsValue({
      recorded: filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null,
      subject: filters.subject,
      listType: filters.listType,
      department: filters.department,
    });
  }, [form, filters.from, filters.to, filters.subject, filters.listType, filters.department]);
  return (
    <Form<FormValues>
      form={form}
      layout="inline"
      style={{ rowGap: 8, marginBottom: 16 }}
      onFinish={({ recorded, subject, listType, department }) =>
        onApply({ from: day(recorded?.[0]), to: day(recorded?.[1]), subject, listType, department })
      }
    >
      <Form.Item label="记录日期 Recorded" name="recorded">
        <DatePicker.RangePicker allowEmpty={[true, true]} format="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item label="主体代码 Subject" name="subject">
        <Input allowClear placeholder="统一社会信用代码或身份证号" style={{ width: 220 }} />
      </Form.Item>
      <Form.Item label="名单类型 List type" name="listType">
        <Input allowClear placeholder="如 dishonest-judgment-debtor" style={{ width: 220 }} />
      </Form.Item>
      <Form.Item label="记录部门 Department" name="department">
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
