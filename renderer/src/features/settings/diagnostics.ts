import type { AppInfo } from '../../../../shared/ipc';

/** The diagnostics file a support desk asks for: installation facts, never case data. */
export function diagnosticsReport(appInfo: AppInfo, uiLanguage: string, now: Date): string {
  return `${JSON.stringify({ format: 'ercms-diagnostics/1', createdAt: now.toISOString(), uiLanguage, ...appInfo }, null, 2)}\n`;
}
