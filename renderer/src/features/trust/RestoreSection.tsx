import { Alert, Button, Card, Group, Modal, PasswordInput, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roleMay } from '../../../../shared/model/permissions';
import type { RestoreSummary } from '../../db/backup';
import { callHost } from '../../host';
import { refreshSession } from '../../stores/sessionStore';
import { useCaseworkSession } from '../../store/useCaseworkSession';
import { workspaceStore } from '../../store/workspaceStore';
import { useFormats } from '../../ui/format/useFormats';
import { useAuditStatus } from './auditStatus';
import { backupPreview, type BackupPreview } from './backupPreview';
import { useErrorText } from './useErrorText';

interface ChosenFile {
  name: string;
  bytes: Uint8Array;
  preview: BackupPreview;
}

type RestoreState = { kind: 'idle' } | { kind: 'restoring' } | { kind: 'restored'; summary: RestoreSummary } | { kind: 'failed'; message: string };

/**
 * Settings → Restore (administrators): pick a file, see what its label says it holds
 * (workspace, kind, counts, date, who made it), type the passphrase, confirm, then the store
 * checks everything and replaces the workspace's data in one transaction. Every refusal is
 * a sentence in the user's language; nothing is written then.
 */
export function RestoreSection() {
  const { t } = useTranslation();
  const formats = useFormats();
  const errorText = useErrorText();
  const { actor, workspace } = useCaseworkSession();
  const verify = useAuditStatus((state) => state.verify);
  const [file, setFile] = useState<ChosenFile>();
  const [passphrase, setPassphrase] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });
  if (!actor || !roleMay(actor.role, 'backup.restore', workspace)) return null;

  async function choose() {
    setState({ kind: 'idle' });
    try {
      const result = await callHost('openFile', { title: t('trust.restore.choose'), filters: [{ name: 'eRCMS backup', extensions: ['json'] }] });
      if (result.status !== 'opened') return;
      const preview = backupPreview(workspaceStore(workspace).backup.previewBackup(result.bytes));
      setFile({ name: result.name, bytes: result.bytes, preview });
      setPassphrase('');
    } catch (error) {
      setFile(undefined);
      setState({ kind: 'failed', message: errorText(error) });
    }
  }

  function askConfirmation(event: FormEvent) {
    event.preventDefault();
    setConfirming(true);
  }

  async function restore() {
    setConfirming(false);
    if (!file || !actor) return;
    setState({ kind: 'restoring' });
    try {
      const summary = await workspaceStore(workspace).backup.restoreBackup(actor, file.bytes, passphrase);
      setState({ kind: 'restored', summary });
      setFile(undefined);
      setPassphrase('');
      // The accounts were replaced: the session follows what the restored store says of this account.
      await refreshSession();
      void verify(workspace);
    } catch (error) {
      setState({ kind: 'failed', message: errorText(error) });
    }
  }

  const preview = file?.preview;
  const unknown = t('trust.restore.unknown');
  const rows: [string, string][] = preview
    ? [
        [t('trust.restore.workspace'), preview.workspace ? t(`auth.workspace.${preview.workspace}`) : unknown],
        [t('trust.restore.kind'), preview.kind ? t(`trust.restore.kinds.${preview.kind}`) : unknown],
        [t('trust.restore.createdAt'), preview.createdAt ? formats.dateTime(preview.createdAt) : unknown],
        [t('trust.restore.createdBy'), preview.createdBy ?? unknown],
        [t('trust.restore.cases'), preview.counts ? formats.number(preview.counts.cases) : unknown],
        [t('trust.restore.users'), preview.counts ? formats.number(preview.counts.users) : unknown],
        [t('trust.restore.events'), preview.counts ? formats.number(preview.counts.auditEvents) : unknown],
        [
          t('trust.restore.trail'),
          preview.trailVerified === undefined ? unknown : preview.trailVerified ? t('trust.restore.trailVerified') : t('trust.restore.trailBroken'),
        ],
      ]
    : [];
  const restoring = state.kind === 'restoring';

  return (
    <Card withBorder maw={880} component="section" aria-labelledby="restore-section-title">
      <Stack gap="sm" align="flex-start">
        <Title order={3} size="h4" id="restore-section-title">
          {t('trust.restore.title')}
        </Title>
        <Text size="sm">{t('trust.restore.intro', { workspace: t(`auth.workspace.${workspace}`) })}</Text>
        <Button variant={file ? 'default' : 'filled'} onClick={() => void choose()} disabled={restoring}>
          {file ? t('trust.restore.another') : t('trust.restore.choose')}
        </Button>
        {file && preview && (
          <form onSubmit={askConfirmation} aria-labelledby="restore-preview-title" style={{ alignSelf: 'stretch' }}>
            <Stack gap="sm" align="flex-start">
              <Title order={4} size="h5" id="restore-preview-title">
                {t('trust.restore.previewTitle')}: {file.name}
              </Title>
              <Table withTableBorder maw={560} data-testid="restore-preview" aria-labelledby="restore-preview-title">
                <Table.Tbody>
                  {rows.map(([label, value]) => (
                    <Table.Tr key={label}>
                      <Table.Th scope="row" w="45%">
                        {label}
                      </Table.Th>
                      <Table.Td>{value}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="xs" c="dimmed">
                {t('trust.restore.previewNote')}
              </Text>
              <PasswordInput
                w="100%"
                maw={420}
                label={t('trust.restore.passphrase')}
                value={passphrase}
                onChange={(event) => setPassphrase(event.currentTarget.value)}
                autoComplete="off"
                disabled={restoring}
                required
              />
              <Button type="submit" color="red" disabled={restoring || passphrase.length === 0}>
                {t('trust.restore.submit')}
              </Button>
            </Stack>
          </form>
        )}
        <div aria-live="polite" style={{ alignSelf: 'stretch' }} data-testid="restore-status">
          {restoring && (
            <Stack gap={4}>
              <Text size="sm">{t('trust.restore.restoring')}</Text>
              <Progress value={100} animated aria-label={t('trust.restore.title')} />
            </Stack>
          )}
          {state.kind === 'restored' && (
            <Alert color="green" variant="light">
              <Text size="sm">{t('trust.restore.done', { cases: state.summary.cases, users: state.summary.users, events: state.summary.auditEvents })}</Text>
              {state.summary.usersNeedingPassword.length > 0 && (
                <Text size="sm">{t('trust.restore.needsPassword', { names: formats.list(state.summary.usersNeedingPassword) })}</Text>
              )}
            </Alert>
          )}
          {state.kind === 'failed' && (
            <Alert color="red" variant="light" role="alert">
              {state.message}
            </Alert>
          )}
        </div>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('trust.restore.confirmTitle')} centered>
        <Stack gap="md">
          <Text size="sm">
            {t('trust.restore.confirmBody', {
              workspace: t(`auth.workspace.${workspace}`),
              date: preview?.createdAt ? formats.dateTime(preview.createdAt) : unknown,
              name: preview?.createdBy ?? unknown,
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('trust.restore.cancel')}
            </Button>
            <Button color="red" onClick={() => void restore()}>
              {t('trust.restore.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
