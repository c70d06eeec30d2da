import { Group, Radio } from '@mantine/core';
import { useController, useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

interface TriStateFieldProps<Values extends FieldValues> {
  name: FieldPath<Values>;
  label: string;
  description?: string;
}

/**
 * Yes / no / not known. "Not known" records nothing, so the rules report the fact as
 * unknown instead of reading a default as an answer.
 */
export function TriStateField<Values extends FieldValues>({ name, label, description }: TriStateFieldProps<Values>) {
  const { t } = useTranslation();
  const { control } = useFormContext<Values>();
  const { field } = useController({ name, control });
  const value = field.value === true ? 'yes' : field.value === false ? 'no' : 'unknown';
  return (
    <Radio.Group
      label={label}
      description={description}
      name={field.name}
      value={value}
      onChange={(choice) => field.onChange(choice === 'yes' ? true : choice === 'no' ? false : undefined)}
    >
      <Group gap="md" mt={4}>
        <Radio value="yes" label={t('intake.answer.yes')} ref={field.ref} />
        <Radio value="no" label={t('intake.answer.no')} />
        <Radio value="unknown" label={t('intake.answer.unknown')} />
      </Group>
    </Radio.Group>
  );
}
