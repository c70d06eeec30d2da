import type { ReactNode } from 'react';
import { createBrowserRouter, redirect, type LazyRouteFunction, type RouteObject } from 'react-router';
import { AuthGate } from '../features/auth/AuthGate';
import { PrintSessionHandoff } from '../features/case-file/print/printSessionHandoff';
import { CasesPage } from '../features/cases/CasesPage';
import { AppFrame } from './AppFrame';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';
import { SectionGate } from './SectionGate';

/**
 * Every screen but the case list (where a sign-in lands) is a chunk of its own, loaded when it
 * is first opened: what each window parses before its first screen leaves out the dashboard's
 * charts, the intake, the case file, training and settings. The router keeps the current
 * screen until the next one's chunk is there.
 */
type LazyRoute = LazyRouteFunction<RouteObject>;

/** A page loaded on first use. */
function page(load: () => Promise<ReactNode>): LazyRoute {
  return async () => ({ element: await load() });
}

/** A section only some roles may open (SectionGate), its page loaded on first use. */
function gatedPage(path: string, load: () => Promise<ReactNode>): LazyRoute {
  return async () => ({ element: <SectionGate path={path}>{await load()}</SectionGate> });
}

/** The print route, without the app's frame: a document (signed in all the same; its data load is an audited export). */
const printRoute = page(() =>
  import('../features/case-file/print/CasePrintPage').then(({ CasePrintPage }) => (
    <PrintSessionHandoff>
      <AuthGate>
        <CasePrintPage />
      </AuthGate>
    </PrintSessionHandoff>
  )),
);

export const appRouter = createBrowserRouter([
  { path: '/cases/print', lazy: printRoute, errorElement: <RouteErrorPage /> },
  { path: '/cases/:caseId/print', lazy: printRoute, errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: (
      <AuthGate>
        <AppFrame />
      </AuthGate>
    ),
    errorElement: <RouteErrorPage />,
    children: [
      // Redirects by the router itself (a loader), not a rendered <Navigate>: one navigation, with no
      // effect left to run after a render that a second navigation could overtake (seen once in 30 runs).
      { index: true, loader: () => redirect('/cases') },
      { path: 'index.html', loader: () => redirect('/cases') },
      { path: 'cases', element: <CasesPage /> },
      { path: 'cases/:caseId', lazy: page(() => import('../features/case-file/CaseFilePage').then(({ CaseFilePage }) => <CaseFilePage />)) },
      { path: 'intake', lazy: gatedPage('/intake', () => import('../features/intake/IntakePage').then(({ IntakePage }) => <IntakePage />)) },
      { path: 'approvals', lazy: gatedPage('/approvals', () => import('../features/approvals/ApprovalsPage').then(({ ApprovalsPage }) => <ApprovalsPage />)) },
      { path: 'reports', lazy: page(() => import('../features/reports/ReportsPage').then(({ ReportsPage }) => <ReportsPage />)) },
      { path: 'training', lazy: gatedPage('/training', () => import('../features/training/TrainingPage').then(({ TrainingPage }) => <TrainingPage />)) },
      {
        path: 'settings',
        lazy: page(async () => {
          const [{ SettingsPage }, { UsersSection }, { TrustSections }] = await Promise.all([
            import('../features/settings/SettingsPage'),
            import('../features/auth/UsersSection'),
            import('../features/trust/TrustSections'),
          ]);
          return <SettingsPage accounts={<UsersSection />} trust={<TrustSections />} />;
        }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
