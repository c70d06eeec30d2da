import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  AccountChangeError,
  AccountStateError,
  AuthenticationError,
  BackupError,
  KeysBoundElsewhereError,
  PasswordChangeRequiredError,
  SignInLimitError,
  WorkspaceLockedError,
  accountChangeRefusals,
  accountStateReasons,
  backupRefusals,
  keysBoundElsewhereReasons,
  signInLimitReasons,
  workspaceLockedReasons,
} from '../../../renderer/src/db/errors';
import { translationsByLanguage } from '../../../renderer/src/i18n/i18n';
import type { Messages } from '../../../renderer/src/i18n/messageBundles';
import { uiLanguages } from '../../../renderer/src/i18n/languages';
import { userErrorMessage } from '../../../renderer/src/ui/userErrorMessage';

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** A real Dexie BulkError: two accounts with the same key added at once, as a backup with a duplicate user would. */
async function bulkError(): Promise<unknown> {
  const db = new Dexie('duplicate-users', { indexedDB: new IDBFactory(), IDBKeyRange });
  db.version(1).stores({ users: 'id' });
  try {
    await db.table('users').bulkAdd([{ id: 'same' }, { id: 'same' }]);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
}

describe('every store error reaches the user as a message in their language', () => {
  it('maps each error class and kind to a key that all four languages translate, never to the library’s text', async () => {
    const errors: unknown[] = [
      ...backupRefusals.map((reason) => new BackupError('raw English', [], reason)),
      ...accountStateReasons.map((reason) => new AccountStateError(reason)),
      ...signInLimitReasons.map((reason) => new SignInLimitError(reason, 5_000)),
      ...accountChangeRefusals.map((reason) => new AccountChangeError(reason, 'raw English')),
      new PasswordChangeRequiredError('an'),
      ...workspaceLockedReasons.map((reason) => new WorkspaceLockedError(reason)),
      ...keysBoundElsewhereReasons.map((reason) => new KeysBoundElsewhereError(reason)),
      new AuthenticationError(),
      await bulkError(),
    ];
    const translations = translationsByLanguage();
    const keys = errors.map((error) => userErrorMessage(error).key);
    // Each kind has its own sentence (a duplicate key would tell two refusals apart wrongly).
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(key).not.toBe('caseFile.errors.unexpected');
      for (const { code } of uiLanguages) expect(lookup(translations[code], key), `${key} in ${code}`).toEqual(expect.any(String));
    }
  });
});
