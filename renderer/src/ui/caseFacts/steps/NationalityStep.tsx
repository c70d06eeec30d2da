import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NationalityEvidenceKindSchema, NationalityStatusSchema } from '../../../../../shared/model';
import { CheckboxField } from '../../form/fields/CheckboxField';
import { CountryField } from '../../form/fields/CountryField';
import { DateField } from '../../form/fields/DateField';
import { SelectField } from '../../form/fields/SelectField';
import { TextField } from '../../form/fields/TextField';
import { blankEvidence, blankNationality } from '../intakeDefaults';
import type { IntakeFormInput } from '../intakeSchema';
import { useEnumOptions } from '../../form/useEnumOptions';
import { AgreementEvidenceList } from './AgreementEvidenceList';
import { AddEntryButton, RepeatedEntry } from './StepSection';

/** Step 2: each nationality claimed or established, with the evidence behind it. */
export function NationalityStep() {
  const { t } = useTranslation();
  const { control } = useFormContext<IntakeFormInput>();
  const nationalities = useFieldArray({ control, name: 'nationality.nationalities' });
  const stateless = useWatch({ control, name: 'nationality.person.stateless' });
  return (
    <Stack gap="md">
      <CheckboxField<IntakeFormInput> name="nationality.person.stateless" label={t('intake.fields.stateless')} description={t('intake.fields.statelessHint')} />
      {stateless && <CountryField<IntakeFormInput> name="nationality.person.permanentResidenceCountry" label={t('intake.fields.permanentResidenceCountry')} />}
      {nationalities.fields.length === 0 && <Text c="dimmed">{t('intake.nationality.none')}</Text>}
      {nationalities.fields.map((nationality, index) => (
        <RepeatedEntry
          key={nationality.id}
          legend={t('intake.nationality.legend', { number: index + 1 })}
          removeLabel={t('intake.nationality.remove', { number: index + 1 })}
          onRemove={() => nationalities.remove(index)}
        >
          <NationalityEntry index={index} />
        </RepeatedEntry>
      ))}
      <AddEntryButton label={t('intake.nationality.add')} onAdd={() => nationalities.append(blankNationality())} />
    </Stack>
  );
}

function NationalityEntry({ index }: { index: number }) {
  const { t } = useTranslation();
  const { control } = useFormContext<IntakeFormInput>();
  const evidence = useFieldArray({ control, name: `nationality.nationalities.${index}.evidence` });
  const country = useWatch({ control, name: `nationality.nationalities.${index}.country` });
  const statusOptions = useEnumOptions('nationalityStatus', NationalityStatusSchema.options);
  const kindOptions = useEnumOptions('evidenceKind', NationalityEvidenceKindSchema.options);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CountryField<IntakeFormInput> name={`nationality.nationalities.${index}.country`} label={t('intake.fields.nationalityCountry')} required />
        <SelectField<IntakeFormInput>
          name={`nationality.nationalities.${index}.status`}
          label={t('intake.fields.nationalityStatus')}
          options={statusOptions}
          required
        />
      </SimpleGrid>
      <AgreementEvidenceList country={country || undefined} />
      {evidence.fields.map((item, evidenceIndex) => (
        <RepeatedEntry
          key={item.id}
          legend={t('intake.nationality.evidenceLegend', { number: evidenceIndex + 1 })}
          removeLabel={t('intake.nationality.removeEvidence', { number: evidenceIndex + 1 })}
          onRemove={() => evidence.remove(evidenceIndex)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <SelectField<IntakeFormInput>
              name={`nationality.nationalities.${index}.evidence.${evidenceIndex}.kind`}
              label={t('intake.fields.evidenceKind')}
              options={kindOptions}
              required
            />
            <DateField<IntakeFormInput>
              name={`nationality.nationalities.${index}.evidence.${evidenceIndex}.obtainedOn`}
              label={t('intake.fields.obtainedOn')}
            />
          </SimpleGrid>
          <TextField<IntakeFormInput>
            name={`nationality.nationalities.${index}.evidence.${evidenceIndex}.description`}
            label={t('intake.fields.evidenceDescription')}
            required
            multiline
          />
        </RepeatedEntry>
      ))}
      <AddEntryButton label={t('intake.nationality.addEvidence')} onAdd={() => evidence.append(blankEvidence())} />
    </Stack>
  );
}
