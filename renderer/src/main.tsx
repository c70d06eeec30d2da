import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getHostApi } from './host';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

getHostApi();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
