import { ActionIcon, Button, Popover, Stack, TextInput } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useController, useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { now } from '../../clock';
import { officeDate } from '../../officeDay';
import { dateFieldValue, dateInputPattern, formatLocalDate, isRealIsoDate, type DateInputPattern } from '../localDate';
import { isBirthDateField, typedDateProblem, type TypedDateProblem } from '../typedDateProblem';
import { useLocale } from '../../useLocale';
import { useFieldError } from './useFieldError';

interface DateFieldProps<Values extends FieldValues> {
  name: FieldPath<Values>;
  label: string;
  description?: string;
  required?: boolean;
}

/** A date the message can show as an example in the user's order: 8 February 1991. */
const EXAMPLE_DATE = '1991-02-08';

/** The text a stored value shows: a real ISO date in the locale's order, anything else (text held back) as it was typed. */
function shownText(value: unknown, pattern: DateInputPattern): string {
  return typeof value === 'string' ? formatLocalDate(value, pattern) : '';
}

/**
 * A calendar date typed in the user's locale order (or picked from a calendar), stored as
 * YYYY-MM-DD. What was typed never disappears: a date that does not exist, a date of birth
 * in the future, or one before 1900 not yet confirmed stays in the field as typed, with a
 * message naming the field, and the form holds that text, which the schema refuses, so the
 * case cannot be saved without the date or with a wrong one.
 */
export function DateField<Values extends FieldValues>({ name, label, description, required }: DateFieldProps<Values>) {
  const { t } = useTranslation();
  const { control } = useFormContext<Values>();
  const { field, fieldState, formState } = useController({ name, control });
  const schemaError = useFieldError(fieldState.error, label);
  const locale = useLocale();
  const pattern = useMemo(() => dateInputPattern(locale), [locale]);
  const [text, setText] = useState(() => shownText(field.value, pattern));
  const [confirmedEarly, setConfirmedEarly] = useState<string | undefined>();
  const [calendarOpen, setCalendarOpen] = useState(false);
  const emitted = useRef<unknown>(field.value);
  const birthDate = isBirthDateField(name);

  // A value set from outside (form reset, a restored draft, a merge) shows; what the user typed stays as typed.
  useEffect(() => {
    if (field.value === emitted.current) return;
    emitted.current = field.value;
    setText(shownText(field.value, pattern));
  }, [field.value, pattern]);
  // Another language: a real date is shown again in that language's order.
  useEffect(() => {
    if (typeof emitted.current === 'string' && isRealIsoDate(emitted.current)) setText(formatLocalDate(emitted.current, pattern));
  }, [pattern]);

  const parsed = dateFieldValue(text, pattern);
  const problem = typedDateProblem(parsed, { birthDate, today: officeDate(now()), confirmed: confirmedEarly });

  const keep = (typed: string, confirmed = confirmedEarly) => {
    const value = dateFieldValue(typed, pattern);
    const held = typedDateProblem(value, { birthDate, today: officeDate(now()), confirmed });
    const next = value === undefined ? undefined : held === undefined ? value : typed.trim();
    setText(typed);
    emitted.current = next;
    field.onChange(next);
  };

  const confirmEarly = () => {
    if (parsed === undefined) return;
    setConfirmedEarly(parsed);
    keep(text, parsed);
  };

  const showProblem = problem !== undefined && (fieldState.isTouched || fieldState.error !== undefined || formState.submitCount > 0);
  const error = showProblem ? problemMessage(problem) : schemaError;

  function problemMessage(kind: TypedDateProblem): string {
    const values = { field: label, text: text.trim(), example: formatLocalDate(EXAMPLE_DATE, pattern) };
    switch (kind) {
      case 'impossible':
        return t('intake.validation.impossibleDate', values);
      case 'futureBirth':
        return t('intake.validation.birthDateInFuture', values);
      case 'earlyBirth':
        return t('intake.validation.birthDateBefore1900', values);
    }
  }

  const calendar = (
    <Popover opened={calendarOpen} onChange={setCalendarOpen} position="bottom-end" withinPortal trapFocus returnFocus>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('intake.actions.pickDate', { field: label })}
          aria-expanded={calendarOpen}
          onClick={() => setCalendarOpen((open) => !open)}
        >
          <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
            <rect x="3" y="5" width="18" height="16" rx="2" />
            <path d="M16 3v4M8 3v4M3 10h18" />
          </svg>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          value={parsed !== undefined && isRealIsoDate(parsed) ? parsed : null}
          defaultDate={parsed !== undefined && isRealIsoDate(parsed) ? parsed : undefined}
          onChange={(picked) => {
            setCalendarOpen(false);
            if (typeof picked === 'string') keep(formatLocalDate(picked.slice(0, 10), pattern));
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );

  return (
    <Stack gap={4}>
      <TextInput
        label={label}
        description={description ?? pattern.dayjsFormat}
        error={error}
        required={required}
        name={field.name}
        ref={field.ref}
        value={text}
        autoComplete="off"
        onChange={(event) => keep(event.currentTarget.value)}
        onBlur={field.onBlur}
        rightSection={calendar}
        data-date-problem={problem}
      />
      {problem === 'earlyBirth' && showProblem && (
        <Button size="xs" variant="default" onClick={confirmEarly} style={{ alignSelf: 'flex-start' }}>
          {t('intake.actions.confirmEarlyBirthDate', { text: text.trim() })}
        </Button>
      )}
    </Stack>
  );
}
