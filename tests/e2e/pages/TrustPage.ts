import { expect, type Locator, type Page } from '@playwright/test';
import { readStoreTable } from '../support/storeTables';

/**
 * Settings' trust sections (backup, restore, audit verification), the audit warning bar and
 * the account actions of Settings → Users, driven as an administrator would (English UI).
 * IndexedDB is reached directly only to tamper with the audit trail or to lock an account
 * as ten wrong passwords would (the e2e of those ten passwords is signInLimits.spec.ts).
 */
export class TrustPage {
  readonly backup: Locator;
  readonly restore: Locator;
  readonly audit: Locator;
  /** Settings → Keys on this computer: whether the account's key is also sealed with the OS keychain. */
  readonly keys: Locator;
  readonly warningBar: Locator;
  readonly users: Locator;

  constructor(readonly page: Page) {
    this.backup = page.getByRole('region', { name: 'Backup', exact: true });
    this.restore = page.getByRole('region', { name: 'Restore a backup', exact: true });
    this.audit = page.getByRole('region', { name: 'Audit trail verification', exact: true });
    this.keys = page.getByRole('region', { name: 'Keys on this computer', exact: true });
    this.warningBar = page.getByTestId('audit-warning-bar');
    this.users = page.getByTestId('user-accounts');
  }

  async openSettings(): Promise<void> {
    await this.page.getByRole('navigation').first().getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  }

  /** Makes a backup with this passphrase; returns the path of the downloaded file. */
  async makeBackup(passphrase: string, savePath: string): Promise<void> {
    await this.backup.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill(passphrase);
    await this.backup.getByRole('textbox', { name: 'Repeat the backup passphrase', exact: true }).fill(passphrase);
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.backup.getByRole('button', { name: 'Make backup' }).click();
    await (await download).saveAs(savePath);
    await expect(this.backup.getByTestId('backup-status')).toContainText('Backup saved', { timeout: 30_000 });
  }

  async chooseBackupFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.restore.getByRole('button', { name: /Choose (backup|another) file/ }).click();
    await (await chooser).setFiles(path);
    await expect(this.restore.getByTestId('restore-preview')).toBeVisible();
  }

  /** Types the passphrase, confirms the replacement, and waits for the outcome (restored or refused). */
  async restoreWith(passphrase: string): Promise<void> {
    await this.restore.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill(passphrase);
    await this.restore.getByRole('button', { name: 'Restore…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Replace the data of this workspace?' });
    await dialog.getByRole('button', { name: 'Replace and restore' }).click();
    await expect(dialog).toBeHidden();
  }

  previewValue(label: string): Locator {
    return this.restore
      .getByTestId('restore-preview')
      .getByRole('row', { name: new RegExp(`^${label}`) })
      .getByRole('cell');
  }

  async verifyAudit(): Promise<void> {
    await this.audit.getByRole('button', { name: 'Verify now' }).click();
    await expect(this.audit.getByTestId('audit-result')).not.toContainText('Verifying', { timeout: 30_000 });
  }

  /** Opens the actions of one account (by its full name) and picks one. */
  async accountAction(displayName: string, action: string): Promise<void> {
    await this.page.getByRole('button', { name: `Actions for ${displayName}`, exact: true }).click();
    await this.page.getByRole('menuitem', { name: action, exact: true }).click();
  }

  accountRow(username: string): Locator {
    return this.users.locator(`tr[data-username="${username}"]`);
  }

  /** Edits one stored audit event in place, without rehashing it: what someone with the browser profile could do. */
  async tamperAuditEvent(sequence: number): Promise<void> {
    await this.page.evaluate(
      (target) =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open('ercms-production');
          opening.onerror = () => reject(new Error('cannot open the workspace database'));
          opening.onsuccess = () => {
            const db = opening.result;
            const transaction = db.transaction('audit', 'readwrite');
            const audit = transaction.objectStore('audit');
            const reading = audit.get(target);
            reading.onsuccess = () => {
              const event = reading.result as { actor?: { displayName: string }; sealed?: Uint8Array } | undefined;
              if (!event) {
                reject(new Error(`no audit event ${target}`));
                return;
              }
              if (event.sealed instanceof Uint8Array) {
                // A sealed event: one byte of its ciphertext changed (its content cannot be edited without the key).
                const sealed = event.sealed.slice();
                sealed[sealed.length - 20] = (sealed[sealed.length - 20] ?? 0) ^ 0xff;
                audit.put({ ...event, sealed });
              } else audit.put({ ...event, actor: { ...event.actor, displayName: 'Someone else' } });
            };
            transaction.oncomplete = () => {
              db.close();
              resolve();
            };
            transaction.onerror = () => reject(new Error('cannot write the audit event'));
          };
        }),
      sequence,
    );
  }

  /** Locks an account as ten wrong passwords would (signInLimits.ts's row). */
  async lockOutAccount(username: string): Promise<void> {
    await this.page.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open('ercms-production');
          opening.onerror = () => reject(new Error('cannot open the workspace database'));
          opening.onsuccess = () => {
            const db = opening.result;
            const transaction = db.transaction(['users', 'signInAttempts'], 'readwrite');
            const finding = transaction.objectStore('users').index('username').get(name);
            finding.onsuccess = () => {
              const user = finding.result as { id: string } | undefined;
              if (!user) {
                reject(new Error(`no account ${name}`));
                return;
              }
              transaction.objectStore('signInAttempts').put({ userId: user.id, failures: 10, lastFailureAt: new Date().toISOString(), lockedOut: true });
            };
            transaction.oncomplete = () => {
              db.close();
              resolve();
            };
            transaction.onerror = () => reject(new Error('cannot lock the account'));
          };
        }),
      username,
    );
  }

  /** The audit trail's actions in order, as the store reads them (sealed events opened with the page's account). */
  async auditActions(): Promise<string[]> {
    const events = await readStoreTable<{ sequence: number; action: string }>(this.page, 'audit');
    return events.sort((a, b) => a.sequence - b.sequence).map((event) => event.action);
  }
}
