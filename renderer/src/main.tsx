import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setExternalAnchor } from './db/auditAnchor';
import { getHostApi } from './host';
import { auditAnchorFile } from './host/auditAnchorFile';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

getHostApi();
// Electron: the audit anchor is also kept in a file sealed with safeStorage (none in browser mode).
setExternalAnchor(auditAnchorFile());

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
