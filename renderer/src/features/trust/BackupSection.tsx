import { Alert, Button, Card, Checkbox, PasswordInput, Progress, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roleMay } from '../../../../shared/model/permissions';
import type { BackupManifest } from '../../db/backupFile';
import { callHost } from '../../host';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { workspaceStore } from '../../store/workspaceStore';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from './passphraseRule';
import { useErrorText } from './useErrorText';

type BackupState =
  | { kind: 'idle' }
  | { kind: 'making' }
  | { kind: 'saving' }
  | { kind: 'saved'; path: string; manifest: BackupManifest }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const problemKeys = {
  tooShort: 'trust.errors.backup.passphraseTooShort',
  weak: 'trust.backup.passphraseWeak',
  mismatch: 'trust.backup.passphraseMismatch',
} as const;

/**
 * Settings → Backup (administrators): the passphrase chosen twice under the strength rule,
 * progress while the store reads and seals, the file saved through the host (save dialog
 * in Electron, a download in a browser), and what the manifest says of the audit trail.
 */
export function BackupSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { actor, workspace } = useCaseworkSession();
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [full, setFull] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [state, setState] = useState<BackupState>({ kind: 'idle' });
  if (!actor || actor.role !== 'administrator' || !roleMay(actor.role, 'backup.create', workspace)) return null;

  const problem = passphraseProblem(passphrase, repeated);
  const busy = state.kind === 'making' || state.kind === 'saving';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (problem || !actor) return;
    setState({ kind: 'making' });
    try {
      const backup = await workspaceStore(workspace).backup.createBackup(actor, { full, passphrase });
      setState({ kind: 'saving' });
      const result = await callHost('saveFile', {
        suggestedName: backup.fileName,
        contentType: 'application/json',
        content: backup.text,
        filters: [{ name: 'eRCMS backup', extensions: ['json'] }],
      });
      if (result.status === 'saved') {
        setState({ kind: 'saved', path: result.path, manifest: backup.manifest });
        setPassphrase('');
        setRepeated('');
        setSubmitted(false);
      } else setState({ kind: 'cancelled' });
    } catch (error) {
      setState({ kind: 'failed', message: errorText(error) });
    }
  }

  return (
    <Card withBorder maw={880} component="section" aria-labelledby="backup-section-title">
      <form onSubmit={(event) => void submit(event)} aria-labelledby="backup-section-title" noValidate>
        <Stack gap="sm" align="flex-start">
          <Title order={3} size="h4" id="backup-section-title">
            {t('trust.backup.title')}
          </Title>
          <Text size="sm">{t('trust.backup.intro', { workspace: t(`auth.workspace.${workspace}`) })}</Text>
          <PasswordInput
            w="100%"
            maw={420}
            label={t('trust.backup.passphrase')}
            description={t('trust.backup.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            error={submitted && problem && problem !== 'mismatch' ? t(problemKeys[problem], { min: MIN_PASSPHRASE_LENGTH }) : undefined}
            autoComplete="new-password"
            disabled={busy}
            required
          />
          <PasswordInput
            w="100%"
            maw={420}
            label={t('trust.backup.confirmPassphrase')}
            value={repeated}
            onChange={(event) => setRepeated(event.currentTarget.value)}
            error={submitted && problem === 'mismatch' ? t(problemKeys.mismatch) : undefined}
            autoComplete="new-password"
            disabled={busy}
            required
          />
          <Checkbox label={t('trust.backup.full')} checked={full} onChange={(event) => setFull(event.currentTarget.checked)} disabled={busy} />
          <Button type="submit" loading={busy}>
            {t('trust.backup.submit')}
          </Button>
          <div aria-live="polite" style={{ alignSelf: 'stretch' }} data-testid="backup-status">
            {busy && (
              <Stack gap={4}>
                <Text size="sm">{t(state.kind === 'making' ? 'trust.backup.making' : 'trust.backup.saving')}</Text>
                <Progress value={state.kind === 'making' ? 50 : 90} animated aria-label={t('trust.backup.title')} />
              </Stack>
            )}
            {state.kind === 'saved' && (
              <Alert color={state.manifest.auditTrail.verified ? 'green' : 'orange'} variant="light">
                <Text size="sm">
                  {t('trust.backup.saved', {
                    path: state.path,
                    cases: state.manifest.counts.cases,
                    users: state.manifest.counts.users,
                    events: state.manifest.counts.auditEvents,
                  })}
                </Text>
                <Text size="sm">
                  {state.manifest.auditTrail.verified
                    ? t('trust.backup.trailVerified')
                    : t('trust.backup.trailBroken', { sequence: state.manifest.auditTrail.brokenAt ?? '' })}
                </Text>
              </Alert>
            )}
            {state.kind === 'cancelled' && <Text size="sm">{t('trust.backup.cancelled')}</Text>}
            {state.kind === 'failed' && (
              <Alert color="red" variant="light" role="alert">
                {state.message}
              </Alert>
            )}
          </div>
        </Stack>
      </form>
    </Card>
  );
}
