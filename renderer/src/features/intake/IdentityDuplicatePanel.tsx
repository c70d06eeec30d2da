import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../../shared/model';
import type { Workspace } from '../../db/workspace';
import { caseRepository } from '../../store/caseStore';
import type { IntakeFormInput } from '../../ui/caseFacts/intakeSchema';
import { useFormats } from '../../ui/format/useFormats';
import type { DuplicateCandidate, DuplicateMatch } from './duplicateMatches';
import { duplicateReasonText } from './duplicateReasonText';
import { findLikelyDuplicates } from './duplicateSearch';

/** The check waits this long after the last keystroke in the name or date of birth. */
const CHECK_DEBOUNCE_MS = 400;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type CheckState = { kind: 'waiting' } | { kind: 'checking' } | { kind: 'done'; matches: DuplicateMatch[] } | { kind: 'failed' };

interface IdentityDuplicatePanelProps {
  actor: Actor | undefined;
  workspace: Workspace;
  onOpenExisting: (caseId: string) => void;
}

/**
 * Beside the identity step: as soon as a name and a date of birth are filled in, the existing
 * cases that look like the same person (the case search, spelling forgiven, with the date of
 * birth agreeing: same, day and month swapped, or close when estimated), each saying why, with
 * a button to open it instead of creating a new case. The final save checks again.
 */
export function IdentityDuplicatePanel({ actor, workspace, onOpenExisting }: IdentityDuplicatePanelProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const headingId = useId();
  const { control } = useFormContext<IntakeFormInput>();
  const [primaryName, aliases, dateOfBirth, dateOfBirthEstimated] = useWatch({
    control,
    name: ['identity.primaryName', 'identity.aliases', 'identity.person.dateOfBirth', 'identity.person.dateOfBirthEstimated'],
  });
  // One string for the debounce: the check reruns only when what it reads has changed.
  const candidateText = JSON.stringify({
    names: [primaryName, ...(aliases ?? [])].map((name) => ({ familyName: name?.familyName?.trim() ?? '', givenNames: name?.givenNames?.trim() ?? '' })),
    dateOfBirth: typeof dateOfBirth === 'string' && ISO_DATE.test(dateOfBirth) ? dateOfBirth : undefined,
    dateOfBirthEstimated: dateOfBirthEstimated === true,
  });
  const [settled] = useDebouncedValue(candidateText, CHECK_DEBOUNCE_MS);
  const candidate = useMemo((): DuplicateCandidate | undefined => {
    const parsed = JSON.parse(settled) as Omit<DuplicateCandidate, 'documentNumbers'>;
    const names = parsed.names.filter((name) => name.familyName.length > 0);
    return names.length > 0 && parsed.dateOfBirth ? { ...parsed, names, documentNumbers: [] } : undefined;
  }, [settled]);
  const [state, setState] = useState<CheckState>({ kind: 'waiting' });

  useEffect(() => {
    if (!actor || !candidate) {
      setState({ kind: 'waiting' });
      return;
    }
    let current = true;
    setState({ kind: 'checking' });
    findLikelyDuplicates(caseRepository(workspace), actor, candidate).then(
      (matches) => current && setState({ kind: 'done', matches }),
      () => current && setState({ kind: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [actor, workspace, candidate]);

  const matches = state.kind === 'done' ? state.matches : [];
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="md"
      data-testid="identity-duplicates"
      data-state={state.kind}
      style={{ flex: '1 1 260px', maxWidth: 420 }}
      bg={matches.length > 0 ? 'var(--mantine-color-yellow-light)' : undefined}
    >
      <Stack gap="sm">
        <Title order={4} id={headingId}>
          {t('intake.duplicates.panelTitle')}
        </Title>
        <div role="status" aria-live="polite">
          <Text size="sm">
            {state.kind === 'waiting'
              ? t('intake.duplicates.panelWaiting')
              : state.kind === 'checking'
                ? t('intake.progress.checkingDuplicates')
                : state.kind === 'failed'
                  ? t('intake.duplicates.panelFailed')
                  : matches.length === 0
                    ? t('intake.duplicates.panelNone')
                    : t('intake.duplicates.panelFound', { number: matches.length })}
          </Text>
        </div>
        {matches.map((match) => (
          <Stack key={match.caseId} gap={4} data-testid="identity-duplicate">
            <Text fw={600} size="sm">
              {t('intake.duplicates.case', { reference: match.reference, name: match.name })}
            </Text>
            {match.reasons.map((reason, index) => (
              <Text key={index} size="sm">
                {duplicateReasonText(t, reason, formats.date)}
              </Text>
            ))}
            <div>
              <Button size="xs" variant="light" onClick={() => onOpenExisting(match.caseId)}>
                {t('intake.duplicates.openExisting', { reference: match.reference })}
              </Button>
            </div>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
