import { Layout, Menu, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';

const MENU = [
  { key: '/', label: '信用查询' },
  { key: '/double-publicity', label: '双公示' },
  { key: '/inspections', label: '双随机抽查结果' },
  { key: '/lists/black', label: '失信名单' },
  { key: '/lists/red', label: '守信红名单' },
];

/** 信用安康: the public site's frame. */
export function SiteLayout() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected =
    [...MENU].reverse().find((item) => pathname === item.key || (item.key !== '/' && pathname.startsWith(item.key)))?.key ?? '/';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <Typography.Title level={3} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          信用安康
        </Typography.Title>
        <nav aria-label="栏目" style={{ flex: 1 }}>
          <Menu theme="dark" mode="horizontal" selectedKeys={[selected]} items={MENU} onClick={({ key }) => navigate(key)} />
        </nav>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <main>
          <Outlet />
        </main>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        安康市社会信用体系建设领导小组办公室 · 身份证号一律隐去部分数字 ·{' '}
        <a href="https://www.creditchina.gov.cn/" rel="noreferrer">
          信用中国
        </a>{' '}
        ·{' '}
        <a href="https://xysx.shaanxi.gov.cn/" rel="noreferrer">
          信用陕西
        </a>
      </Layout.Footer>
    </Layout>
  );
}
