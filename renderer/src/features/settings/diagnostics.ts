import type { AppInfo, SaveFileRequest, SaveFileResult } from '../../../../shared/ipc';

/**
 * The diagnostics file a support desk asks for: installation facts (format, time, UI
 * language, version, platform, OS locale, shell), never case data, account names or
 * anything typed into the app; a unit test writes sentinel names into the store and the
 * session and checks none of them reaches the file (tests/unit/features/trust).
 */
export function diagnosticsReport(appInfo: AppInfo, uiLanguage: string, now: Date): string {
  const { version, platform, locale, shell } = appInfo;
  return `${JSON.stringify({ format: 'ercms-diagnostics/1', createdAt: now.toISOString(), uiLanguage, version, platform, locale, shell }, null, 2)}\n`;
}

/** The two host calls saving the diagnostics needs (callHost in the app). */
export interface DiagnosticsHost {
  appInfo: () => Promise<AppInfo>;
  saveFile: (file: SaveFileRequest) => Promise<SaveFileResult>;
}

/** Builds the diagnostics file and offers it to the user to save: what Settings → Save diagnostics does. */
export async function saveDiagnostics(host: DiagnosticsHost, uiLanguage: string, now: Date): Promise<SaveFileResult> {
  const appInfo = await host.appInfo();
  return host.saveFile({
    suggestedName: 'ercms-diagnostics.json',
    contentType: 'application/json',
    content: diagnosticsReport(appInfo, uiLanguage, now),
    filters: [{ name: 'JSON', extensions: ['json'] }],
  });
}
