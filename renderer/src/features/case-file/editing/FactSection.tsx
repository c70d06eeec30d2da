import { Button, Group, Stack, Title } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFactSection } from '../../../../../shared/workflow/actions/caseFactSections';
import { stepTitleKey } from '../../../ui/caseFacts/intakeSteps';

interface FactSectionProps {
  section: CaseFactSection;
  /** Shown only to whoever may amend the facts of this case now. */
  editable: boolean;
  /** Another part is being edited: one editor at a time. */
  editDisabled: boolean;
  onEdit: () => void;
  editButtonRef: Ref<HTMLButtonElement>;
  children: ReactNode;
}

/** One part of the recorded facts, with its Edit button. */
export function FactSection({ section, editable, editDisabled, onEdit, editButtonRef, children }: FactSectionProps) {
  const { t } = useTranslation();
  const title = t(stepTitleKey(section));
  return (
    <Stack gap={4} data-testid={`facts-${section}`} data-tour={`case-facts-${section}`}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={4}>{title}</Title>
        {editable && (
          <Button
            size="xs"
            variant="light"
            ref={editButtonRef}
            onClick={onEdit}
            disabled={editDisabled}
            aria-label={t('caseFile.edit.editSection', { section: title })}
          >
            {t('caseFile.edit.edit')}
          </Button>
        )}
      </Group>
      {children}
    </Stack>
  );
}
