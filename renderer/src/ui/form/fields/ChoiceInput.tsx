import { Select } from '@mantine/core';
import type { Ref } from 'react';
import { optionListBehaviour } from './optionListBehaviour';
import type { SelectOption } from './SelectField';

interface ChoiceInputProps {
  label: string;
  value: string | null;
  options: readonly SelectOption[];
  onChange: (value: string | null) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled choice that reshapes part of the form (sentence kind, consent) rather than setting one value. */
export function ChoiceInput({ label, value, options, onChange, inputRef }: ChoiceInputProps) {
  return <Select label={label} value={value} data={[...options]} onChange={onChange} clearable ref={inputRef} {...optionListBehaviour(value)} />;
}
