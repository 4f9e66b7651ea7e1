import { Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';

/** A text filter of the form: its name in the URL, its label (Chinese first), a hint and the field's width. */
export interface TextFilter<Name extends string> {
  readonly name: Name;
  readonly label: string;
  readonly placeholder?: string;
  readonly width: number;
}

export type RangeFilters<Name extends string> = Partial<Record<'from' | 'to' | Name, string>>;

/** The names a range-and-texts form keeps in the URL: from, to, then the texts'. */
export const rangeFilterNames = <Name extends string>(texts: readonly TextFilter<Name>[]): ('from' | 'to' | Name)[] => [
  'from',
  'to',
  ...texts.map((text) => text.name),
];

type Range = [Dayjs | null, Dayjs | null] | null;
const RANGE = 'range';
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/** Filters kept in the URL: between two days (`from`, `to`) and text fields; 筛选 applies them, 重置 clears them. */
export function RangeFiltersForm<Name extends string>({
  rangeLabel,
  texts,
  filters,
  onApply,
}: {
  rangeLabel: string;
  texts: readonly TextFilter<Name>[];
  filters: RangeFilters<Name>;
  onApply: (filters: RangeFilters<Name>) => void;
}) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const shown = rangeFilterNames(texts).map((name) => filters[name] ?? '');
  useEffect(() => {
    const { from, to } = filters;
    const range: Range = from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null;
    form.setFieldsValue({ [RANGE]: range, ...Object.fromEntries(texts.map(({ name }) => [name, filters[name]])) });
    // The filters' values, not the object (a new one each render), decide when the form is refilled.
  }, [form, texts, shown.join('\n')]);
  return (
    <Form
      form={form}
      layout="inline"
      style={{ rowGap: 8, marginBottom: 16 }}
      onFinish={(values) => {
        const range = values[RANGE] as Range | undefined;
        const texted = texts.map(({ name }) => [name, values[name]]);
        onApply(Object.fromEntries([['from', day(range?.[0])], ['to', day(range?.[1])], ...texted]) as RangeFilters<Name>);
      }}
    >
      <Form.Item label={rangeLabel} name={RANGE}>
        <DatePicker.RangePicker allowEmpty={[true, true]} format="YYYY-MM-DD" />
      </Form.Item>
      {texts.map(({ name, label, placeholder, width }) => (
        <Form.Item key={name} label={label} name={name as string}>
          <Input allowClear placeholder={placeholder} style={{ width }} />
        </Form.Item>
      ))}
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
