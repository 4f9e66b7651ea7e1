import { DatePicker, Form, Space } from 'antd';
import dayjs from 'dayjs';
import type { Period } from './statistics-reports';

const FORMAT = 'YYYY-MM-DD';

/** The reporting period (both days included); the page keeps it in the URL so a view can be shared. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const pick = (field: keyof Period) => (value: dayjs.Dayjs | null) => {
    if (value) onChange({ ...period, [field]: value.format(FORMAT) });
  };
  return (
    <Form layout="inline" aria-label="统计期间 Period">
      <Space wrap>
        <Form.Item label="起始日期" htmlFor="period-from">
          <DatePicker id="period-from" value={dayjs(period.from)} format={FORMAT} allowClear={false} onChange={pick('from')} />
        </Form.Item>
        <Form.Item label="截止日期" htmlFor="period-to">
          <DatePicker
            id="period-to"
            value={dayjs(period.to)}
            format={FORMAT}
            allowClear={false}
            disabledDate={(day) => day.isBefore(dayjs(period.from), 'day')}
            onChange={pick('to')}
          />
        </Form.Item>
      </Space>
    </Form>
  );
}
