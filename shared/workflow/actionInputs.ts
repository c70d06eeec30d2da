import { z } from 'zod';

/**
 * What a caseworker fills in to run an action, read from the action's own zod input
 * schema, so that a field added to an action reaches its dialog with no dialog code.
 *
 * Most of it comes from the schema itself: the model's primitives carry a schema id
 * (`IsoDate`, `Timestamp`, `CountryCode`, `Note`, `Uuid`), enums list their values and
 * name their labels by their id (`ClosureReason` → `caseFile.enums.closureReason.<value>`),
 * `.optional()` and `.default()` make a field optional. What the schema cannot say is
 * given with zod's `.meta()` on the field (see `ActionInputMeta`): a label group for an
 * enum written inline, a field required only when another has a given value, the
 * countries a field offers.
 */

/** How the dialog asks for a value; `record` is supplied by the screen the action starts from (a request, an approval). */
export const actionInputKinds = [
  'text',
  'note',
  'date',
  'timestamp',
  'integer',
  'boolean',
  'country',
  'countryList',
  'enum',
  'enumList',
  'record',
  'unsupported',
] as const;
export type ActionInputKind = (typeof actionInputKinds)[number];

/** A field that becomes required when another field of the input has one of some values, or a number below a bound. */
export type RequiredWhen = { field: string; oneOf: readonly string[] } | { field: string; below: number };

export interface ActionInputOption {
  value: string;
  /** i18n key of the value's label (countries: none, each language names them). */
  labelKey?: string;
}

/** One field of an action's input, as pure data (no React): the dialog renders it, the workflow names it. */
export interface ActionInputField {
  /** Path in the input; a field of a nested record is dotted (`travelDocument.kind`). */
  name: string;
  kind: ActionInputKind;
  /** i18n key of the field's label: `caseFile.input.<name>` unless the field says otherwise. */
  labelKey: string;
  /** Must be given whatever the other fields say. */
  required: boolean;
  requiredWhen?: RequiredWhen;
  /** Values to choose from: an enum's values, or the only countries the field accepts. */
  options?: readonly ActionInputOption[];
  /** The schema's default, proposed in the form. */
  defaultValue?: unknown;
  /** For `unsupported`: the zod type no dialog can ask for (named in the failing test). */
  zodType?: string;
}

/** What a field's `.meta()` may add to what its schema says: zod's GlobalMeta, widened here so that `.meta()` checks it. */
declare module 'zod' {
  interface GlobalMeta {
    /** Overrides the kind read from the schema. */
    inputKind?: ActionInputKind;
    /** Overrides `caseFile.input.<name>`. */
    labelKey?: string;
    /** Label group of an enum's values: `caseFile.enums.<enumLabels>.<value>`. */
    enumLabels?: string;
    requiredWhen?: RequiredWhen;
    /** The only countries a country field offers (from reference data). */
    countries?: readonly string[];
  }
}

export type ActionInputMeta = Pick<z.GlobalMeta, 'inputKind' | 'labelKey' | 'enumLabels' | 'requiredWhen' | 'countries'>;

/** Kinds of the model's primitives, by the id their schema carries (shared/model/primitives.ts). */
const kindById: Readonly<Record<string, ActionInputKind>> = {
  IsoDate: 'date',
  Timestamp: 'timestamp',
  CountryCode: 'country',
  Note: 'note',
  Uuid: 'record',
  UserId: 'text',
};

const labelPrefix = 'caseFile.input.';
const enumPrefix = 'caseFile.enums.';

/** The schema's own id, or that of the schema it was cloned from (`.meta()` clones keep every key but the id). */
function schemaId(schema: z.core.$ZodType): string | undefined {
  for (let current: z.core.$ZodType | undefined = schema; current !== undefined; current = current._zod.parent) {
    const id = z.globalRegistry.get(current)?.id;
    if (id !== undefined) return id;
  }
  return undefined;
}

/** The field's metadata from every wrapper inward: an outer `.meta()` wins over the inner schema's. */
function fieldMeta(layers: readonly z.core.$ZodType[]): ActionInputMeta {
  return layers.reduceRight<ActionInputMeta>((meta, layer) => ({ ...meta, ...z.globalRegistry.get(layer) }), {});
}

interface Unwrapped {
  /** The schema inside optional, default, nullable and readonly wrappers. */
  inner: z.core.$ZodType;
  /** Every layer from the outside in (the wrappers, then the inner schema). */
  layers: z.core.$ZodType[];
  defaultValue?: unknown;
}

function unwrap(schema: z.core.$ZodType): Unwrapped {
  const layers: z.core.$ZodType[] = [];
  let current = schema;
  let defaultValue: unknown;
  for (;;) {
    layers.push(current);
    if (current instanceof z.ZodDefault) {
      defaultValue ??= current.def.defaultValue;
      current = current.unwrap();
    } else if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodReadonly) {
      current = current.unwrap();
    } else {
      return { inner: current, layers, ...(defaultValue === undefined ? {} : { defaultValue }) };
    }
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The label group of an enum's values: given on the field or the enum, else the enum's id, else the field's path. */
function enumLabelGroup(meta: ActionInputMeta, element: z.core.$ZodType, name: string): string {
  const id = schemaId(element);
  return meta.enumLabels ?? z.globalRegistry.get(element)?.enumLabels ?? (id === undefined ? name : lowerFirst(id));
}

function enumOptions(values: readonly string[], group: string): ActionInputOption[] {
  return values.map((value) => ({ value, labelKey: `${enumPrefix}${group}.${value}` }));
}

function stringValues(schema: z.ZodEnum): string[] {
  return schema.options.filter((value): value is string => typeof value === 'string');
}

/** The kind of a value schema (wrappers removed) and the options it offers. */
function kindOf(inner: z.core.$ZodType, meta: ActionInputMeta, name: string): Pick<ActionInputField, 'kind' | 'options' | 'zodType'> {
  const countries = meta.countries?.map((value) => ({ value }));
  if (meta.inputKind !== undefined) return { kind: meta.inputKind, ...(countries ? { options: countries } : {}) };
  const id = schemaId(inner);
  const byId = id === undefined ? undefined : kindById[id];
  if (byId !== undefined) return { kind: byId, ...(byId === 'country' && countries ? { options: countries } : {}) };
  if (inner instanceof z.ZodString) return { kind: 'text' };
  if (inner instanceof z.ZodNumber && inner.isInt) return { kind: 'integer' };
  if (inner instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (inner instanceof z.ZodEnum) return { kind: 'enum', options: enumOptions(stringValues(inner), enumLabelGroup(meta, inner, name)) };
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element).inner;
    const elementId = schemaId(element);
    if (element instanceof z.ZodEnum) return { kind: 'enumList', options: enumOptions(stringValues(element), enumLabelGroup(meta, element, name)) };
    if (elementId === 'CountryCode') return { kind: 'countryList', ...(countries ? { options: countries } : {}) };
    if (elementId === 'Uuid') return { kind: 'record' };
  }
  return { kind: 'unsupported', zodType: inner._zod.def.type };
}

/** Whether the schema accepts a missing value (optional, or defaulted). */
function acceptsMissing(schema: z.core.$ZodType): boolean {
  return z.safeParse(schema, undefined).success;
}

function describeShape(shape: Readonly<Record<string, z.core.$ZodType>>, prefix: string): ActionInputField[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    const name = `${prefix}${key}`;
    const { inner, layers, defaultValue } = unwrap(schema);
    // A nested record (a travel document, the request's attachments) is asked for field by field.
    if (inner instanceof z.ZodObject) return describeShape(inner.shape, `${name}.`);
    const meta = fieldMeta(layers);
    return [
      {
        name,
        ...kindOf(inner, meta, name),
        labelKey: meta.labelKey ?? `${labelPrefix}${name}`,
        required: !acceptsMissing(schema),
        ...(meta.requiredWhen === undefined ? {} : { requiredWhen: meta.requiredWhen }),
        ...(defaultValue === undefined ? {} : { defaultValue }),
      },
    ];
  });
}

/**
 * The fields of an action's input schema. An input that is not one record of fields (the
 * amendment of case facts, a union of sections) has its own screen: it reads as one
 * unsupported field, so that no generated dialog offers it.
 */
export function actionInputFields(schema: z.core.$ZodType): ActionInputField[] {
  const { inner } = unwrap(schema);
  if (inner instanceof z.ZodObject) return describeShape(inner.shape, '');
  return [{ name: '', kind: 'unsupported', labelKey: labelPrefix.slice(0, -1), required: true, zodType: inner._zod.def.type }];
}

/** The value at a dotted path of an input. */
export function valueAt(input: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined), input);
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Whether the field must be given for this input: always, or because its condition holds. */
export function isRequiredFor(field: ActionInputField, input: unknown): boolean {
  if (field.required) return true;
  const rule = field.requiredWhen;
  if (rule === undefined) return false;
  const other = valueAt(input, rule.field);
  return 'oneOf' in rule ? typeof other === 'string' && rule.oneOf.includes(other) : typeof other === 'number' && other < rule.below;
}

/** The fields this input leaves blank although their condition makes them required. */
export function missingConditionalFields(fields: readonly ActionInputField[], input: unknown): ActionInputField[] {
  return fields.filter((field) => field.requiredWhen !== undefined && isRequiredFor(field, input) && isBlank(valueAt(input, field.name)));
}
