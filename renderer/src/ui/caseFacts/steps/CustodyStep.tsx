import { Fieldset, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useController, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { OffenceCategorySchema } from '../../../../../shared/model';
import { CheckboxField } from '../../form/fields/CheckboxField';
import { ChoiceInput } from '../../form/fields/ChoiceInput';
import { DateField } from '../../form/fields/DateField';
import { NumberField } from '../../form/fields/NumberField';
import { SelectField } from '../../form/fields/SelectField';
import { TextField } from '../../form/fields/TextField';
import { TriStateField } from '../../form/fields/TriStateField';
import { blankCustody, blankOffence } from '../intakeDefaults';
import type { IntakeFormInput } from '../intakeSchema';
import { useEnumOptions } from '../../form/useEnumOptions';
import { AddEntryButton, RepeatedEntry } from './StepSection';

/** Step 5: conviction and imprisonment, the facts the sentence-transfer rules read. */
export function CustodyStep() {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<IntakeFormInput>();
  const inCustody = useWatch({ control, name: 'custody.inCustody' });
  const onToggle = (checked: boolean) => {
    if (checked) setValue('custody', { inCustody: true, custody: blankCustody() }, { shouldDirty: true });
    else setValue('custody', { inCustody: false }, { shouldDirty: true });
  };
  return (
    <Stack gap="md">
      <Switch label={t('intake.custody.inCustody')} checked={inCustody} onChange={(event) => onToggle(event.currentTarget.checked)} />
      {inCustody ? <CustodyDetails /> : <Text c="dimmed">{t('intake.custody.notInCustody')}</Text>}
    </Stack>
  );
}

function CustodyDetails() {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<IntakeFormInput>();
  const offences = useFieldArray({ control, name: 'custody.custody.offences' });
  const categoryOptions = useEnumOptions('offenceCategory', OffenceCategorySchema.options);
  const sentenceKindOptions = useEnumOptions('sentenceKind', ['determinate', 'indeterminate']);
  const issuedByOptions = useEnumOptions('issuedBy', ['court', 'administration']);
  const consentOptions = useEnumOptions('consent', ['given', 'refused', 'not_asked']);
  const sentence = useWatch({ control, name: 'custody.custody.sentence' });
  const expulsionOrder = useWatch({ control, name: 'custody.custody.expulsionOrder' });
  const consent = useWatch({ control, name: 'custody.custody.consent' });
  const opinion = useWatch({ control, name: 'custody.custody.opinion' });
  const sentenceKind = useController({ control, name: 'custody.custody.sentence.kind' });
  const onSentenceKind = (kind: string | null) => {
    if (kind === 'determinate') setValue('custody.custody.sentence', { kind: 'determinate', years: 0, months: 0, days: 0 }, { shouldDirty: true });
    else if (kind === 'indeterminate') setValue('custody.custody.sentence', { kind: 'indeterminate' }, { shouldDirty: true });
    else setValue('custody.custody.sentence', undefined, { shouldDirty: true });
  };
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField<IntakeFormInput> name="custody.custody.prison" label={t('intake.fields.prison')} required />
        <TextField<IntakeFormInput> name="custody.custody.court" label={t('intake.fields.court')} />
        <DateField<IntakeFormInput> name="custody.custody.judgmentDate" label={t('intake.fields.judgmentDate')} />
        <TriStateField<IntakeFormInput> name="custody.custody.judgmentFinal" label={t('intake.fields.judgmentFinal')} />
      </SimpleGrid>
      <Fieldset legend={t('intake.custody.sentence')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <ChoiceInput
            label={t('intake.fields.sentenceKind')}
            value={sentence?.kind ?? null}
            options={sentenceKindOptions}
            onChange={onSentenceKind}
            inputRef={sentenceKind.field.ref}
          />
          {sentence?.kind === 'determinate' && (
            <SimpleGrid cols={3}>
              <NumberField<IntakeFormInput> name="custody.custody.sentence.years" label={t('intake.fields.years')} required />
              <NumberField<IntakeFormInput> name="custody.custody.sentence.months" label={t('intake.fields.months')} required />
              <NumberField<IntakeFormInput> name="custody.custody.sentence.days" label={t('intake.fields.days')} required />
            </SimpleGrid>
          )}
          <DateField<IntakeFormInput> name="custody.custody.sentenceStart" label={t('intake.fields.sentenceStart')} />
          <DateField<IntakeFormInput> name="custody.custody.expectedEnd" label={t('intake.fields.expectedEnd')} />
          <DateField<IntakeFormInput> name="custody.custody.conditionalReleaseDate" label={t('intake.fields.conditionalReleaseDate')} />
        </SimpleGrid>
      </Fieldset>
      <Text fw={600}>{t('intake.custody.offences')}</Text>
      {offences.fields.map((offence, index) => (
        <RepeatedEntry
          key={offence.id}
          legend={t('intake.custody.offenceLegend', { number: index + 1 })}
          removeLabel={t('intake.custody.removeOffence', { number: index + 1 })}
          onRemove={() => offences.remove(index)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField<IntakeFormInput> name={`custody.custody.offences.${index}.description`} label={t('intake.fields.offenceDescription')} required />
            <SelectField<IntakeFormInput>
              name={`custody.custody.offences.${index}.category`}
              label={t('intake.fields.offenceCategory')}
              options={categoryOptions}
              required
            />
          </SimpleGrid>
        </RepeatedEntry>
      ))}
      <AddEntryButton label={t('intake.custody.addOffence')} onAdd={() => offences.append(blankOffence())} />
      <Fieldset legend={t('intake.custody.expulsionOrder')}>
        <Stack gap="sm">
          <Switch
            label={t('intake.custody.hasExpulsionOrder')}
            checked={expulsionOrder !== undefined}
            onChange={(event) =>
              setValue(
                'custody.custody.expulsionOrder',
                event.currentTarget.checked ? { reference: '', issuedOn: '', issuedBy: 'court', copyOnFile: false } : undefined,
                { shouldDirty: true },
              )
            }
          />
          {expulsionOrder !== undefined && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextField<IntakeFormInput> name="custody.custody.expulsionOrder.reference" label={t('intake.fields.expulsionReference')} required />
              <DateField<IntakeFormInput> name="custody.custody.expulsionOrder.issuedOn" label={t('intake.fields.expulsionIssuedOn')} required />
              <SelectField<IntakeFormInput>
                name="custody.custody.expulsionOrder.issuedBy"
                label={t('intake.fields.expulsionIssuedBy')}
                options={issuedByOptions}
                required
              />
              <CheckboxField<IntakeFormInput> name="custody.custody.expulsionOrder.copyOnFile" label={t('intake.fields.copyOnFile')} />
            </SimpleGrid>
          )}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('intake.custody.transferFacts')}>
        <Stack gap="sm">
          <TriStateField<IntakeFormInput>
            name="custody.custody.habituallyResidentInBelgiumAtArrest"
            label={t('intake.fields.habituallyResident')}
            description={t('intake.fields.habituallyResidentHint')}
          />
          <TriStateField<IntakeFormInput> name="custody.custody.fledToStateOfNationality" label={t('intake.fields.fled')} />
          <TriStateField<IntakeFormInput> name="custody.custody.dualCriminality" label={t('intake.fields.dualCriminality')} />
          <ChoiceInput
            label={t('intake.fields.consent')}
            value={consent?.status ?? null}
            options={consentOptions}
            onChange={(status) =>
              setValue(
                'custody.custody.consent',
                status === 'given' || status === 'refused' || status === 'not_asked'
                  ? { status, byLegalRepresentative: consent?.byLegalRepresentative ?? false }
                  : undefined,
                { shouldDirty: true },
              )
            }
          />
          {consent !== undefined && <DateField<IntakeFormInput> name="custody.custody.consent.recordedOn" label={t('intake.fields.consentRecordedOn')} />}
          <Switch
            label={t('intake.custody.hasOpinion')}
            description={t('intake.custody.hasOpinionHint')}
            checked={opinion !== undefined}
            onChange={(event) =>
              setValue('custody.custody.opinion', event.currentTarget.checked ? { statement: '', recordedOn: '' } : undefined, { shouldDirty: true })
            }
          />
          {opinion !== undefined && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextField<IntakeFormInput> name="custody.custody.opinion.statement" label={t('intake.fields.opinionStatement')} required multiline />
              <DateField<IntakeFormInput> name="custody.custody.opinion.recordedOn" label={t('intake.fields.opinionRecordedOn')} required />
            </SimpleGrid>
          )}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
