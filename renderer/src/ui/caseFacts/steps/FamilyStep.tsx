import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FamilyRelationSchema, OtherVulnerabilitySchema, ReturnDirectiveVulnerabilitySchema } from '../../../../../shared/model';
import { CheckboxField } from '../../form/fields/CheckboxField';
import { ChoiceInput } from '../../form/fields/ChoiceInput';
import { DateField } from '../../form/fields/DateField';
import { SelectField } from '../../form/fields/SelectField';
import { TextField } from '../../form/fields/TextField';
import { blankFamilyLink, blankVulnerability } from '../intakeDefaults';
import type { IntakeFormInput } from '../intakeSchema';
import { useEnumOptions } from '../../form/useEnumOptions';
import { AddEntryButton, RepeatedEntry } from './StepSection';

/** Step 6: family members and vulnerabilities (Return Directive Art. 3(9) and others). */
export function FamilyStep() {
  const { t } = useTranslation();
  const { control } = useFormContext<IntakeFormInput>();
  const family = useFieldArray({ control, name: 'family.familyLinks' });
  const vulnerabilities = useFieldArray({ control, name: 'family.vulnerabilities' });
  const relationOptions = useEnumOptions('familyRelation', FamilyRelationSchema.options);
  return (
    <Stack gap="md">
      <Text fw={600}>{t('intake.family.familyHeading')}</Text>
      {family.fields.length === 0 && <Text c="dimmed">{t('intake.family.noFamily')}</Text>}
      {family.fields.map((member, index) => (
        <RepeatedEntry
          key={member.id}
          legend={t('intake.family.legend', { number: index + 1 })}
          removeLabel={t('intake.family.remove', { number: index + 1 })}
          onRemove={() => family.remove(index)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <SelectField<IntakeFormInput>
              name={`family.familyLinks.${index}.relation`}
              label={t('intake.fields.relation')}
              options={relationOptions}
              required
            />
            <TextField<IntakeFormInput> name={`family.familyLinks.${index}.name`} label={t('intake.fields.memberName')} required />
            <DateField<IntakeFormInput> name={`family.familyLinks.${index}.dateOfBirth`} label={t('intake.fields.dateOfBirth')} />
            <DateField<IntakeFormInput> name={`family.familyLinks.${index}.bestInterestsAssessedOn`} label={t('intake.fields.bestInterestsAssessedOn')} />
          </SimpleGrid>
          <CheckboxField<IntakeFormInput> name={`family.familyLinks.${index}.minor`} label={t('intake.fields.minor')} />
          <CheckboxField<IntakeFormInput> name={`family.familyLinks.${index}.accompanying`} label={t('intake.fields.accompanying')} />
        </RepeatedEntry>
      ))}
      <AddEntryButton label={t('intake.family.add')} onAdd={() => family.append(blankFamilyLink())} />
      <Text fw={600}>{t('intake.family.vulnerabilitiesHeading')}</Text>
      {vulnerabilities.fields.length === 0 && <Text c="dimmed">{t('intake.family.noVulnerabilities')}</Text>}
      {vulnerabilities.fields.map((entry, index) => (
        <RepeatedEntry
          key={entry.id}
          legend={t('intake.family.vulnerabilityLegend', { number: index + 1 })}
          removeLabel={t('intake.family.removeVulnerability', { number: index + 1 })}
          onRemove={() => vulnerabilities.remove(index)}
        >
          <VulnerabilityEntry index={index} />
        </RepeatedEntry>
      ))}
      <AddEntryButton label={t('intake.family.addVulnerability')} onAdd={() => vulnerabilities.append(blankVulnerability())} />
    </Stack>
  );
}

function VulnerabilityEntry({ index }: { index: number }) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<IntakeFormInput>();
  const basis = useWatch({ control, name: `family.vulnerabilities.${index}.basis` });
  const basisOptions = useEnumOptions('vulnerabilityBasis', ['return_directive_3_9', 'other']);
  const returnDirectiveOptions = useEnumOptions('vulnerability', ReturnDirectiveVulnerabilitySchema.options);
  const otherOptions = useEnumOptions('vulnerability', OtherVulnerabilitySchema.options);
  const onBasis = (value: string | null) => {
    if (value === 'other') setValue(`family.vulnerabilities.${index}`, { basis: 'other', category: 'other' }, { shouldDirty: true });
    else if (value === 'return_directive_3_9')
      setValue(`family.vulnerabilities.${index}`, { basis: 'return_directive_3_9', category: 'minor' }, { shouldDirty: true });
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <ChoiceInput label={t('intake.fields.vulnerabilityBasis')} value={basis} options={basisOptions} onChange={onBasis} />
      <SelectField<IntakeFormInput>
        name={`family.vulnerabilities.${index}.category`}
        label={t('intake.fields.vulnerabilityCategory')}
        options={basis === 'other' ? otherOptions : returnDirectiveOptions}
        required
      />
      <DateField<IntakeFormInput> name={`family.vulnerabilities.${index}.assessedOn`} label={t('intake.fields.assessedOn')} />
      <TextField<IntakeFormInput> name={`family.vulnerabilities.${index}.description`} label={t('intake.fields.vulnerabilityDescription')} />
    </SimpleGrid>
  );
}
