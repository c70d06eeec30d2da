import { createBrowserRouter, Navigate } from 'react-router';
import { ApprovalsPage } from '../features/approvals/ApprovalsPage';
import { CaseFilePage } from '../features/case-file/CaseFilePage';
import { AuthGate } from '../features/auth/AuthGate';
import { CasesPage } from '../features/cases/CasesPage';
import { IntakePage } from '../features/intake/IntakePage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { UsersSection } from '../features/auth/UsersSection';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TrainingPage } from '../features/training';
import { AppFrame } from './AppFrame';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

export const appRouter = createBrowserRouter([
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
      { path: 'intake', element: <IntakePage /> },
      { path: 'approvals', element: <ApprovalsPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'training', element: <TrainingPage /> },
      { path: 'settings', element: <SettingsPage accounts={<UsersSection />} /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
