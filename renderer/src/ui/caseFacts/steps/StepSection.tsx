import { Button, Fieldset, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RepeatedEntryProps {
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}

/** One entry of a repeated group (an alias, a document…), with its remove button. */
export function RepeatedEntry({ legend, removeLabel, onRemove, children }: RepeatedEntryProps) {
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        {children}
        <Group justify="flex-end">
          <Button variant="subtle" color="red" size="xs" onClick={onRemove} data-testid="remove-entry">
            {removeLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

interface AddButtonProps {
  label: string;
  onAdd: () => void;
}

export function AddEntryButton({ label, onAdd }: AddButtonProps) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button variant="light" onClick={onAdd} aria-description={t('intake.actions.addHint')} data-testid="add-entry">
        {label}
      </Button>
    </Group>
  );
}
