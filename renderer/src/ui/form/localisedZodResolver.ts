import { zodResolver } from '@hookform/resolvers/zod';
import { get, type FieldError, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { withoutBlankStrings } from './blankFields';
import { encodeValidationMessage, formErrorMap, messageKeyForIssue } from './validationMessage';

export interface LocalisedResolverOptions {
  /** Fields whose empty text is a recorded fact rather than an absent one (see withoutBlankStrings). */
  blankAllowed?: readonly string[];
}

interface KeyedIssue {
  code: string;
  path: PropertyKey[];
  params?: Record<string, unknown>;
  errors?: KeyedIssue[][];
}

/** The issues that carry a message key of shared/model's checks, with their full path (union branches included). */
function modelKeyedIssues(issues: readonly KeyedIssue[], prefix: PropertyKey[] = []): KeyedIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const nested = (issue.errors ?? []).flatMap((branch) => modelKeyedIssues(branch, path));
    return typeof issue.params?.['messageKey'] === 'string' ? [{ ...issue, path }, ...nested] : nested;
  });
}

/**
 * The zod resolver with our error map, so that each field message is an i18n key, reading
 * blank inputs as absent facts. Used by every form of the app (intake, section editors,
 * action dialogs). A refinement of shared/model that brings its own English message (zod
 * then skips the error map) is keyed by the message key in its parameters instead.
 */
export function localisedZodResolver<Schema extends z.ZodType<unknown, FieldValues>>(
  schema: Schema,
  options: LocalisedResolverOptions = {},
): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  const resolve = zodResolver(schema, { error: formErrorMap });
  const blankAllowed = new Set(options.blankAllowed ?? []);
  return async (values, context, resolverOptions) => {
    const input = withoutBlankStrings(values, blankAllowed);
    const result = await resolve(input, context, resolverOptions);
    if (Object.keys(result.errors).length === 0) return result;
    // Only when something failed: read the model's message keys, which the resolver's errors do not carry.
    const parsed = await schema.safeParseAsync(input);
    if (parsed.success) return result;
    for (const issue of modelKeyedIssues(parsed.error.issues as readonly KeyedIssue[])) {
      const error: unknown = get(result.errors, issue.path.map(String).join('.'));
      if (isFieldError(error) && error.type === issue.code) error.message = encodeValidationMessage(messageKeyForIssue(issue));
    }
    return result;
  };
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'type') === 'string';
}
