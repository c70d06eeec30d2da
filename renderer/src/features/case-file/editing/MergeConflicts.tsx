import { Button, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MergeChoice, MergeConflict } from '../../../../../shared/workflow/threeWayMerge';
import { useFactValueText } from './AmendmentDetails';
import { conflictDetail } from './amendmentDetails';

interface MergeConflictsProps {
  conflicts: readonly MergeConflict[];
  choices: Readonly<Record<string, MergeChoice>>;
  changedBy: string;
  onChoose: (key: string, choice: MergeChoice) => void;
  onApply: () => void;
}

/**
 * The fields both users changed, side by side: what the other user saved and what this
 * user typed. Nothing is taken for the user: each field needs a choice before the merged
 * facts go back into the form.
 */
export function MergeConflicts({ conflicts, choices, changedBy, onChoose, onApply }: MergeConflictsProps) {
  const { t } = useTranslation();
  const word = useFactValueText();
  const words = (values: ReturnType<typeof conflictDetail>['mine']) => values.map(word).join(' · ');
  const allChosen = conflicts.every((conflict) => choices[conflict.key] !== undefined);
  return (
    <Stack gap="sm" data-testid="merge-conflicts">
      <Text size="sm" fw={600}>
        {t('caseFile.edit.merge.title', { changedBy })}
      </Text>
      {conflicts.map((conflict) => {
        const detail = conflictDetail(conflict.path, conflict.mine, conflict.theirs);
        const field = t(detail.labelKey);
        return (
          <Radio.Group
            key={conflict.key}
            label={field}
            value={choices[conflict.key] ?? null}
            onChange={(value) => onChoose(conflict.key, value === 'mine' ? 'mine' : 'theirs')}
            data-testid="merge-conflict"
          >
            <SimpleGrid cols={2} mt={4}>
              <Radio value="theirs" label={t('caseFile.edit.merge.theirs', { changedBy, value: words(detail.theirs) })} />
              <Radio value="mine" label={t('caseFile.edit.merge.mine', { value: words(detail.mine) })} />
            </SimpleGrid>
          </Radio.Group>
        );
      })}
      <Button size="xs" onClick={onApply} disabled={!allChosen} style={{ alignSelf: 'flex-start' }}>
        {t('caseFile.edit.merge.apply')}
      </Button>
    </Stack>
  );
}
