import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AuthenticitySchema, DocumentFormSchema, DocumentTypeSchema, EvidenceClassSchema } from '../../../../../shared/model';
import { CountryField } from '../../form/fields/CountryField';
import { DateField } from '../../form/fields/DateField';
import { SelectField } from '../../form/fields/SelectField';
import { TextField } from '../../form/fields/TextField';
import { blankDocument } from '../intakeDefaults';
import type { IntakeFormInput } from '../intakeSchema';
import { useEnumOptions } from '../../form/useEnumOptions';
import { AddEntryButton, RepeatedEntry } from './StepSection';

/** Step 3: documents on file, each with the evidence grade it gives. */
export function DocumentsStep() {
  const { t } = useTranslation();
  const { control } = useFormContext<IntakeFormInput>();
  const documents = useFieldArray({ control, name: 'documents.documents' });
  const typeOptions = useEnumOptions('documentType', DocumentTypeSchema.options);
  const formOptions = useEnumOptions('documentForm', DocumentFormSchema.options);
  const classOptions = useEnumOptions('evidenceClass', EvidenceClassSchema.options);
  const authenticityOptions = useEnumOptions('authenticity', AuthenticitySchema.options);
  return (
    <Stack gap="md">
      {documents.fields.length === 0 && <Text c="dimmed">{t('intake.documents.none')}</Text>}
      {documents.fields.map((document, index) => (
        <RepeatedEntry
          key={document.id}
          legend={t('intake.documents.legend', { number: index + 1 })}
          removeLabel={t('intake.documents.remove', { number: index + 1 })}
          onRemove={() => documents.remove(index)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <SelectField<IntakeFormInput> name={`documents.documents.${index}.type`} label={t('intake.fields.documentType')} options={typeOptions} required />
            <TextField<IntakeFormInput> name={`documents.documents.${index}.number`} label={t('intake.fields.documentNumber')} />
            <CountryField<IntakeFormInput> name={`documents.documents.${index}.issuingCountry`} label={t('intake.fields.issuingCountry')} />
            <TextField<IntakeFormInput> name={`documents.documents.${index}.issuer`} label={t('intake.fields.issuer')} />
            <DateField<IntakeFormInput> name={`documents.documents.${index}.issuedOn`} label={t('intake.fields.issuedOn')} />
            <DateField<IntakeFormInput> name={`documents.documents.${index}.validUntil`} label={t('intake.fields.validUntil')} />
            <SelectField<IntakeFormInput> name={`documents.documents.${index}.form`} label={t('intake.fields.documentForm')} options={formOptions} required />
            <SelectField<IntakeFormInput>
              name={`documents.documents.${index}.evidenceClass`}
              label={t('intake.fields.evidenceClass')}
              options={classOptions}
              required
            />
            <SelectField<IntakeFormInput>
              name={`documents.documents.${index}.authenticity`}
              label={t('intake.fields.authenticity')}
              options={authenticityOptions}
              required
            />
          </SimpleGrid>
          <TextField<IntakeFormInput> name={`documents.documents.${index}.description`} label={t('intake.fields.documentDescription')} multiline />
        </RepeatedEntry>
      ))}
      <AddEntryButton label={t('intake.documents.add')} onAdd={() => documents.append(blankDocument())} />
    </Stack>
  );
}
