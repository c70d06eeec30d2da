import { createBrowserRouter, Navigate } from 'react-router';
import { ApprovalsPage } from '../features/approvals/ApprovalsPage';
import { CaseFilePage } from '../features/case-file/CaseFilePage';
import { CasePrintPage, PrintSessionHandoff } from '../features/case-file/print';
import { AuthGate } from '../features/auth/AuthGate';
import { CasesPage } from '../features/cases/CasesPage';
import { IntakePage } from '../features/intake/IntakePage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { UsersSection } from '../features/auth/UsersSection';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TrainingPage } from '../features/training';
import { TrustSections } from '../features/trust';
import { AppFrame } from './AppFrame';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';
import { SectionGate } from './SectionGate';

/** The print route, without the app's frame: a document (signed in all the same; its data load is an audited export). */
const printRoute = (
  <PrintSessionHandoff>
    <AuthGate>
      <CasePrintPage />
    </AuthGate>
  </PrintSessionHandoff>
);

export const appRouter = createBrowserRouter([
  { path: '/cases/print', element: printRoute, errorElement: <RouteErrorPage /> },
  { path: '/cases/:caseId/print', element: printRoute, errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: (
      <AuthGate>
        <AppFrame />
      </AuthGate>
    ),
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/cases" replace /> },
      { path: 'index.html', element: <Navigate to="/cases" replace /> },
      { path: 'cases', element: <CasesPage /> },
      { path: 'cases/:caseId', element: <CaseFilePage /> },
      {
        path: 'intake',
        element: (
          <SectionGate path="/intake">
            <IntakePage />
          </SectionGate>
        ),
      },
      {
        path: 'approvals',
        element: (
          <SectionGate path="/approvals">
            <ApprovalsPage />
          </SectionGate>
        ),
      },
      { path: 'reports', element: <ReportsPage /> },
      {
        path: 'training',
        element: (
          <SectionGate path="/training">
            <TrainingPage />
          </SectionGate>
        ),
      },
      { path: 'settings', element: <SettingsPage accounts={<UsersSection />} trust={<TrustSections />} /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
