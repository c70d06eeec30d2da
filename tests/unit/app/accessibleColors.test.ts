import { DEFAULT_THEME, getContrastColor, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import {
  AA_TEXT_CONTRAST,
  accessibleLightColours,
  accessibleVariantColorsResolver,
  contrastRatio,
  readableShade,
  textOn,
} from '../../../renderer/src/app/accessibleColors';
import { createAppTheme } from '../../../renderer/src/app/theme';

const theme = mergeMantineTheme(DEFAULT_THEME, createAppTheme({ close: 'Close' }));
const variables = accessibleLightColours(theme);
const white = theme.white;

function variable(name: string): string {
  const value = variables[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
}

describe('the application theme meets WCAG AA contrast (4.5:1) in the light scheme', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // Mantine's defaults that failed axe on the frame: dimmed gray 6 and indigo 6 under white text.
    expect(contrastRatio(DEFAULT_THEME.colors.gray[6], white)).toBeLessThan(AA_TEXT_CONTRAST);
    expect(contrastRatio(DEFAULT_THEME.colors.indigo[6], white)).toBeLessThan(AA_TEXT_CONTRAST);
  });

  it('filled primary buttons: white text on the primary shade', () => {
    const shade = typeof theme.primaryShade === 'number' ? theme.primaryShade : theme.primaryShade.light;
    const filled = theme.colors[theme.primaryColor]?.[shade];
    expect(filled).toBe(DEFAULT_THEME.colors.indigo[8]);
    expect(contrastRatio(white, filled ?? '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it.each(Object.keys(DEFAULT_THEME.colors))('%s: filled buttons get readable text, coloured text reads on white, light variants on their tint', (name) => {
    const shades = theme.colors[name];
    expect(shades).toBeDefined();
    if (!shades) return;
    const shade = typeof theme.primaryShade === 'number' ? theme.primaryShade : theme.primaryShade.light;
    const filled = shades[shade];
    const textOnFilled = getContrastColor({ color: `${name}.${shade}`, theme, autoContrast: true });
    expect(contrastRatio(textOnFilled === 'var(--mantine-color-white)' ? white : theme.black, filled)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio(variable(`--mantine-color-${name}-text`), white)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio(variable(`--mantine-color-${name}-outline`), white)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    for (const tint of [shades[1], shades[2]])
      expect(contrastRatio(variable(`--mantine-color-${name}-light-color`), tint)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it('dimmed text reads on white and on the light grey surfaces', () => {
    for (const background of [white, theme.colors.gray[0], theme.colors.gray[1]])
      expect(contrastRatio(variable('--mantine-color-dimmed'), background)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(variable('--mantine-color-anchor')).toBe('var(--mantine-color-indigo-text)');
    expect(variable('--mantine-color-error')).toBe('var(--mantine-color-red-text)');
  });

  it('keeps the lightest shade that passes, and darkens past shade 9 only when none does', () => {
    expect(readableShade(DEFAULT_THEME.colors.gray, 6, [white])).toBe(DEFAULT_THEME.colors.gray[7]);
    const yellow = readableShade(DEFAULT_THEME.colors.yellow, 6, [white]);
    expect(yellow.startsWith('rgba(')).toBe(true);
    expect(contrastRatio(yellow, white)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });
});

describe('variants given an explicit shade', () => {
  const resolve = (variant: string, color: string) => accessibleVariantColorsResolver({ color, theme, variant });

  it.each(['green.9', 'gray.8', 'orange.9', 'yellow.6', 'indigo.8'])('a light badge in %s gets black or white text that reads on the shade', (color) => {
    const colours = resolve('light', color);
    expect(contrastRatio(colours.color, colours.background)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it.each(['red.9', 'green.5', 'yellow.9', 'indigo.6'])('outline and subtle text in %s reads on white', (color) => {
    for (const variant of ['outline', 'subtle']) expect(contrastRatio(resolve(variant, color).color, white)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(resolve('outline', color).border).toContain(resolve('outline', color).color);
  });

  it('leaves palette colours without a shade to the colour variables', () => {
    expect(resolve('light', 'green').color).toBe('var(--mantine-color-green-light-color)');
    expect(textOn('#000000', theme)).toBe(theme.white);
    expect(textOn('#ffffff', theme)).toBe(theme.black);
  });
});
