import { Button, Layout, Menu, Space, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { MENU } from './pages';
import { useSession } from './session';

/** The console's frame: the menu the caller's roles allow, who is signed in, and the page. */
export function ConsoleLayout() {
  const { caller, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const items = MENU.filter((item) => !item.creditOfficeOnly || caller?.creditOffice).map((item) => ({
    key: item.path,
    label: item.label,
  }));
  const selected = MENU.find((item) => location.pathname.startsWith(item.path))?.path ?? '/search';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={280} theme="light" breakpoint="lg" collapsedWidth={0}>
        <Typography.Title level={4} style={{ padding: '16px 16px 0' }}>
          奖惩 · 信用办
        </Typography.Title>
        <nav aria-label="主菜单">
          <Menu mode="inline" selectedKeys={[selected]} items={items} onClick={({ key }) => navigate(key)} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}>
          <Space>
            <Typography.Text>
              {caller?.name}（{caller?.departmentId}）
            </Typography.Text>
            <Button
              onClick={() => {
                signOut();
                navigate('/sign-in');
              }}
            >
              退出 Sign out
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
