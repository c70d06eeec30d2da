import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { withoutBlankStrings } from './blankFields';
import { intakeErrorMap } from './validationMessage';

/**
 * The zod resolver with our error map, so that each field message is an i18n key, reading
 * blank inputs as absent facts. Used by the intake stepper and the case file's section
 * editors alike.
 */
export function localisedZodResolver<Schema extends z.ZodType<unknown, FieldValues>>(schema: Schema): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  const resolve = zodResolver(schema, { error: intakeErrorMap });
  return (values, context, options) => resolve(withoutBlankStrings(values), context, options);
}
