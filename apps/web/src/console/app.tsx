import { ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'antd/dist/antd.css';
import { Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { ConsoleLayout } from './layout';
import { PAGES } from './pages';
import { SessionProvider, useSession } from './session';

function RequireSignIn({ children }: { children: React.ReactNode }) {
  const { caller } = useSession();
  return caller ? children : <Navigate to="/sign-in" replace />;
}

const page = (Page: React.ComponentType) => (
  <Suspense fallback={<Spin aria-label="加载中" />}>
    <Page />
  </Suspense>
);

const router = createBrowserRouter(
  [
    { path: '/sign-in', element: page(PAGES.signIn) },
    {
      path: '/',
      element: (
        <RequireSignIn>
          <ConsoleLayout />
        </RequireSignIn>
      ),
      children: [
        { index: true, element: <Navigate to="/search" replace /> },
        { path: 'search', element: page(PAGES.search) },
        { path: 'subjects/:code', element: page(PAGES.subject) },
        { path: 'audit', element: page(PAGES.audit) },
        { path: 'person-queries', element: page(PAGES.personQueries) },
        { path: 'dashboards', element: page(PAGES.dashboards) },
        { path: 'queues', element: page(PAGES.queues) },
        { path: 'rule-sets', element: page(PAGES.ruleSets) },
        { path: 'departments', element: page(PAGES.departments) },
      ],
    },
  ],
  { basename: '/console' },
);

export function ConsoleApp() {
  return (
    <ConfigProvider locale={zhCN} theme={{ zeroRuntime: true }}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </ConfigProvider>
  );
}
