import { Card, Col, Row } from 'antd';
import { Link } from 'react-router';

const ENTRIES = [
  { to: '/double-publicity', title: '双公示', text: '行政许可和行政处罚信息' },
  { to: '/inspections', title: '双随机', text: '随机抽查结果公示' },
  { to: '/lists/black', title: '失信名单', text: '严重失信主体名单' },
  { to: '/lists/red', title: '红名单', text: '守信激励对象名单' },
] as const;

/** The ways into the published lists. */
export function EntryCards() {
  return (
    <nav aria-label="公示栏目">
      <Row gutter={[16, 16]} style={{ marginTop: 24 }}>
        {ENTRIES.map((entry) => (
          <Col key={entry.to} xs={24} sm={12} lg={6}>
            <Link to={entry.to} aria-label={`${entry.title}：${entry.text}`}>
              <Card hoverable title={entry.title}>
                {entry.text}
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </nav>
  );
}
