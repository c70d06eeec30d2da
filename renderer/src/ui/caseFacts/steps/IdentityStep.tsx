import { SimpleGrid, Stack, TagsInput, Text } from '@mantine/core';
import { useController, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { IdentityConfidenceSchema, IdentitySourceSchema, SexSchema } from '../../../../../shared/model';
import { CheckboxField } from '../../form/fields/CheckboxField';
import { CountryField } from '../../form/fields/CountryField';
import { DateField } from '../../form/fields/DateField';
import { SelectField } from '../../form/fields/SelectField';
import { TextField } from '../../form/fields/TextField';
import { blankAlias } from '../intakeDefaults';
import type { IntakeFormInput } from '../intakeSchema';
import { useEnumOptions } from '../../form/useEnumOptions';
import { AddEntryButton, RepeatedEntry } from './StepSection';

/** Step 1: the person and every name they are known by. */
export function IdentityStep() {
  const { t } = useTranslation();
  const { control } = useFormContext<IntakeFormInput>();
  const aliases = useFieldArray({ control, name: 'identity.aliases' });
  const languages = useController({ control, name: 'identity.person.languages' });
  const sexOptions = useEnumOptions('sex', SexSchema.options);
  const sourceOptions = useEnumOptions('identitySource', IdentitySourceSchema.options);
  const confidenceOptions = useEnumOptions('identityConfidence', IdentityConfidenceSchema.options);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField<IntakeFormInput> name="identity.primaryName.familyName" label={t('intake.fields.familyName')} required />
        <TextField<IntakeFormInput> name="identity.primaryName.givenNames" label={t('intake.fields.givenNames')} blankAs="empty" />
        <SelectField<IntakeFormInput> name="identity.primaryName.source" label={t('intake.fields.nameSource')} options={sourceOptions} required />
        <SelectField<IntakeFormInput> name="identity.primaryName.confidence" label={t('intake.fields.confidence')} options={confidenceOptions} required />
        <SelectField<IntakeFormInput> name="identity.person.sex" label={t('intake.fields.sex')} options={sexOptions} required />
        <DateField<IntakeFormInput> name="identity.person.dateOfBirth" label={t('intake.fields.dateOfBirth')} />
        <TextField<IntakeFormInput> name="identity.person.placeOfBirth" label={t('intake.fields.placeOfBirth')} />
        <CountryField<IntakeFormInput> name="identity.person.countryOfBirth" label={t('intake.fields.countryOfBirth')} />
      </SimpleGrid>
      <CheckboxField<IntakeFormInput> name="identity.person.dateOfBirthEstimated" label={t('intake.fields.dateOfBirthEstimated')} />
      <TagsInput
        label={t('intake.fields.languages')}
        description={t('intake.fields.languagesHint')}
        value={Array.isArray(languages.field.value) ? languages.field.value : []}
        onChange={languages.field.onChange}
        onBlur={languages.field.onBlur}
        ref={languages.field.ref}
      />
      <Text fw={600}>{t('intake.identity.aliasesHeading')}</Text>
      {aliases.fields.length === 0 && <Text c="dimmed">{t('intake.identity.noAliases')}</Text>}
      {aliases.fields.map((alias, index) => (
        <RepeatedEntry
          key={alias.id}
          legend={t('intake.identity.aliasLegend', { number: index + 1 })}
          removeLabel={t('intake.identity.removeAlias', { number: index + 1 })}
          onRemove={() => aliases.remove(index)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField<IntakeFormInput> name={`identity.aliases.${index}.familyName`} label={t('intake.fields.familyName')} required />
            <TextField<IntakeFormInput> name={`identity.aliases.${index}.givenNames`} label={t('intake.fields.givenNames')} blankAs="empty" />
            <SelectField<IntakeFormInput> name={`identity.aliases.${index}.source`} label={t('intake.fields.nameSource')} options={sourceOptions} required />
            <SelectField<IntakeFormInput>
              name={`identity.aliases.${index}.confidence`}
              label={t('intake.fields.confidence')}
              options={confidenceOptions}
              required
            />
          </SimpleGrid>
        </RepeatedEntry>
      ))}
      <AddEntryButton label={t('intake.identity.addAlias')} onAdd={() => aliases.append(blankAlias())} />
    </Stack>
  );
}
