import { ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SiteLayout } from './layout';

const PAGES = {
  home: lazy(() => import('./pages/home/home-page')),
  subject: lazy(() => import('./pages/subject/subject-page')),
  doublePublicity: lazy(() => import('./pages/double-publicity/double-publicity-page')),
  inspections: lazy(() => import('./pages/inspections/inspections-page')),
  lists: lazy(() => import('./pages/lists/lists-page')),
};

const page = (Page: React.ComponentType) => (
  <Suspense fallback={<Spin aria-label="加载中" />}>
    <Page />
  </Suspense>
);

const router = createBrowserRouter([
  {
    path: '/',
    element: <SiteLayout />,
    children: [
      { index: true, element: page(PAGES.home) },
      { path: 'subjects/:code', element: page(PAGES.subject) },
      { path: 'double-publicity', element: page(PAGES.doublePublicity) },
      { path: 'inspections', element: page(PAGES.inspections) },
      { path: 'lists/:kind', element: page(PAGES.lists) },
    ],
  },
]);

export function PublicSite() {
  return (
    <ConfigProvider locale={zhCN}>
      <RouterProvider router={router} />
    </ConfigProvider>
  );
}
