import { Col, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { todayInShanghai } from '../../../shared/dates';
import { useSession } from '../../session';
import { DoublePublicityChart } from './double-publicity-chart';
import { FeedbackChart } from './feedback-chart';
import { ListChangesChart } from './list-changes-chart';
import { ObjectionsChart } from './objections-chart';
import { PeriodPicker } from './period-picker';
import { RepairsChart } from './repairs-chart';
import type { Period } from './statistics-reports';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The period in the URL (?from=&to=), else the current quarter up to today. */
function periodOf(params: URLSearchParams): Period {
  const today = todayInShanghai();
  const quarterStart = dayjs(today)
    .month(Math.floor(dayjs(today).month() / 3) * 3)
    .date(1)
    .format('YYYY-MM-DD');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return { from: DAY.test(from) ? from : quarterStart, to: DAY.test(to) ? to : today };
}

/** 统计看板: the quarterly assessment's reports as charts; the api gives a department its own rows only. */
export default function DashboardsPage() {
  const { caller } = useSession();
  const [params, setParams] = useSearchParams();
  const period = periodOf(params);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>统计看板 Dashboards</Typography.Title>
      <Typography.Paragraph type="secondary">
        {caller?.creditOffice ? '全市各部门的统计（信用办）。' : `本部门（${caller?.name ?? ''}）的统计。`}
        期间 {period.from} 至 {period.to}（含首尾两日）。
      </Typography.Paragraph>
      <PeriodPicker period={period} onChange={(next) => setParams({ from: next.from, to: next.to }, { replace: true })} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ListChangesChart period={period} />
        </Col>
        <Col xs={24} xl={12}>
          <DoublePublicityChart period={period} />
        </Col>
        <Col xs={24} xl={12}>
          <FeedbackChart period={period} />
        </Col>
        <Col xs={24} xl={12}>
          <ObjectionsChart period={period} />
        </Col>
        <Col xs={24}>
          <RepairsChart period={period} />
        </Col>
      </Row>
    </Space>
  );
}
