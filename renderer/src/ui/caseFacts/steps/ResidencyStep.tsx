import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ResidencyStatusKindSchema } from '../../../../../shared/model';
import { memberStatesFor } from '../../../../../shared/reference';
import { CountryField } from '../../form/fields/CountryField';
import { DateField } from '../../form/fields/DateField';
import { SelectField } from '../../form/fields/SelectField';
import { TextField } from '../../form/fields/TextField';
import { blankResidency } from '../intakeDefaults';
import type { IntakeFormInput } from '../intakeSchema';
import { useEnumOptions } from '../../form/useEnumOptions';
import { AddEntryButton, RepeatedEntry } from './StepSection';

/** Step 4: the residence history, which decides the route (legal stay, Dublin, return). */
export function ResidencyStep() {
  const { t } = useTranslation();
  const { control } = useFormContext<IntakeFormInput>();
  const history = useFieldArray({ control, name: 'residency.residencyHistory' });
  const statusOptions = useEnumOptions('residencyStatus', ResidencyStatusKindSchema.options);
  return (
    <Stack gap="md">
      {history.fields.length === 0 && <Text c="dimmed">{t('intake.residency.none')}</Text>}
      {history.fields.map((entry, index) => (
        <RepeatedEntry
          key={entry.id}
          legend={t('intake.residency.legend', { number: index + 1 })}
          removeLabel={t('intake.residency.remove', { number: index + 1 })}
          onRemove={() => history.remove(index)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <SelectField<IntakeFormInput>
              name={`residency.residencyHistory.${index}.status`}
              label={t('intake.fields.residencyStatus')}
              options={statusOptions}
              required
            />
            <TextField<IntakeFormInput> name={`residency.residencyHistory.${index}.decisionReference`} label={t('intake.fields.decisionReference')} />
            <DateField<IntakeFormInput> name={`residency.residencyHistory.${index}.from`} label={t('intake.fields.from')} required />
            <DateField<IntakeFormInput> name={`residency.residencyHistory.${index}.to`} label={t('intake.fields.to')} />
            <MemberStateField index={index} />
            <DateField<IntakeFormInput> name={`residency.residencyHistory.${index}.irregularStayKnownOn`} label={t('intake.fields.irregularStayKnownOn')} />
          </SimpleGrid>
          <TextField<IntakeFormInput> name={`residency.residencyHistory.${index}.note`} label={t('intake.fields.note')} multiline />
        </RepeatedEntry>
      ))}
      <AddEntryButton label={t('intake.residency.add')} onAdd={() => history.append(blankResidency())} />
    </Stack>
  );
}

/** "Member State concerned": the states the status's instrument covers (Dublin states, or the EU for protection elsewhere). */
function MemberStateField({ index }: { index: number }) {
  const { t } = useTranslation();
  const { control } = useFormContext<IntakeFormInput>();
  const status = useWatch({ control, name: `residency.residencyHistory.${index}.status` });
  const covered = memberStatesFor(typeof status === 'string' ? status : undefined);
  return (
    <CountryField<IntakeFormInput> name={`residency.residencyHistory.${index}.memberState`} label={t('intake.fields.memberState')} only={covered?.states} />
  );
}
