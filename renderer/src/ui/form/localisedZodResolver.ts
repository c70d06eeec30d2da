import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { withoutBlankStrings } from './blankFields';
import { formErrorMap } from './validationMessage';

export interface LocalisedResolverOptions {
  /** Fields whose empty text is a recorded fact rather than an absent one (see withoutBlankStrings). */
  blankAllowed?: readonly string[];
}

/**
 * The zod resolver with our error map, so that each field message is an i18n key, reading
 * blank inputs as absent facts. Used by every form of the app (intake, section editors,
 * action dialogs).
 */
export function localisedZodResolver<Schema extends z.ZodType<unknown, FieldValues>>(
  schema: Schema,
  options: LocalisedResolverOptions = {},
): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  const resolve = zodResolver(schema, { error: formErrorMap });
  const blankAllowed = new Set(options.blankAllowed ?? []);
  return (values, context, resolverOptions) => resolve(withoutBlankStrings(values, blankAllowed), context, resolverOptions);
}
