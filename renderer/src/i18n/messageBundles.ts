export type Messages = { [key: string]: string | Messages };

/** Merges message bundles; two bundles defining the same text key is a mistake and throws. */
export function mergeMessageBundles(bundles: Messages[]): Messages {
  const merged: Messages = {};
  for (const bundle of bundles) mergeInto(merged, bundle, '');
  return merged;
}

function mergeInto(target: Messages, source: Messages, prefix: string): void {
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const existing = target[key];
    if (typeof value === 'string') {
      if (existing !== undefined) throw new Error(`Translation key "${path}" is defined twice`);
      target[key] = value;
    } else {
      if (typeof existing === 'string') throw new Error(`Translation key "${path}" is defined twice`);
      const nested: Messages = existing ?? {};
      target[key] = nested;
      mergeInto(nested, value, path);
    }
  }
}
