/**
 * A small seeded pseudo-random generator (mulberry32): the same seed always gives the same
 * sequence, on every platform, so a caseload can be regenerated exactly from its seed.
 * Not for anything secret: it is for fictitious demo data only.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly [T, ...T[]]): T;
  /** True with the given probability (0–1). */
  chance(probability: number): boolean;
  /** One key, drawn in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
}

/** Folds a text seed into 32 bits (FNV-1a), so seeds can be words as well as numbers. */
export function seedNumber(seed: number | string): number {
  if (typeof seed === 'number') return seed >>> 0;
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function seededRandom(seed: number | string): SeededRandom {
  let state = seedNumber(seed);
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  function integer(min: number, max: number): number {
    return min + Math.floor(next() * (max - min + 1));
  }
  return {
    next,
    integer,
    pick<T>(items: readonly [T, ...T[]]): T {
      return items[integer(0, items.length - 1)] ?? items[0];
    },
    chance(probability: number): boolean {
      return next() < probability;
    },
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      const entries = Object.entries(weights) as [K, number][];
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let draw = next() * total;
      for (const [key, weight] of entries) {
        draw -= weight;
        if (draw < 0) return key;
      }
      const last = entries.at(-1);
      if (!last) throw new Error('weighted() needs at least one key');
      return last[0];
    },
  };
}

/** A UUID of version-4 layout drawn from the generator (valid for the case-file schema, reproducible from the seed). */
export function seededUuid(random: SeededRandom): string {
  // Four 32-bit words; then the version (4) and variant (10xx) bits are set.
  const words = Array.from({ length: 4 }, () =>
    Math.floor(random.next() * 4294967296)
      .toString(16)
      .padStart(8, '0'),
  );
  const hex = words.join('').split('');
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
