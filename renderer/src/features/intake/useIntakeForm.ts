import { useForm } from 'react-hook-form';
import { emptyIntake } from '../../ui/caseFacts/intakeDefaults';
import { localisedZodResolver } from '../../ui/form/localisedZodResolver';
import { IntakeFormSchema, blankTextFields, type IntakeFormInput, type IntakeFormValues } from '../../ui/caseFacts/intakeSchema';

const resolver = localisedZodResolver(IntakeFormSchema, { blankAllowed: blankTextFields });

/**
 * The intake's one form; each step validates its own part when the caseworker moves on
 * (not on blur: a blur validation racing a switch that adds a sub-record, e.g. the
 * expulsion order, undid the switch).
 */
export function useIntakeForm() {
  return useForm<IntakeFormInput, unknown, IntakeFormValues>({
    resolver,
    defaultValues: emptyIntake(),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
}
