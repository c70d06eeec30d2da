import {
  darken,
  defaultVariantColorsResolver,
  luminance,
  parseThemeColor,
  rem,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineTheme,
  type VariantColorsResolver,
} from '@mantine/core';

/** WCAG 2.x AA minimum for normal-size text (success criterion 1.4.3). */
export const AA_TEXT_CONTRAST = 4.5;

/** The contrast ratio of two opaque colours (1 to 21), as WCAG defines it. */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Black or white, whichever reads better on a solid background (always 4.58:1 or more). */
export function textOn(background: string, theme: Pick<MantineTheme, 'black' | 'white'>): string {
  return contrastRatio(theme.white, background) >= contrastRatio(theme.black, background) ? theme.white : theme.black;
}

/**
 * The lightest colour of the palette, from `fromShade` to 9, that reads at AA on every given
 * background; past shade 9, shade 9 darkened step by step (yellow, lime and orange need it).
 */
export function readableShade(shades: MantineColorsTuple, fromShade: number, backgrounds: readonly string[]): string {
  const passes = (colour: string) => backgrounds.every((background) => contrastRatio(colour, background) >= AA_TEXT_CONTRAST);
  for (let shade = fromShade; shade <= 9; shade += 1) {
    const colour = shades[shade];
    if (colour !== undefined && passes(colour)) return colour;
  }
  for (let amount = 0.05; amount < 1; amount += 0.05) {
    const colour = darken(shades[9], amount);
    if (passes(colour)) return colour;
  }
  return '#000000';
}

/**
 * Light-scheme colour variables that meet AA against what they are drawn on, for every palette
 * colour: text in a colour (`c="red"`, outline buttons) on the white body, and light badges and
 * buttons (`variant="light"`) on their tinted backgrounds (shades 1 and 2). Mantine's defaults
 * (shade 6 text, shade 9 on shade 1, dimmed gray 6) fall short for many colours.
 */
export function accessibleLightColours(theme: MantineTheme): Record<string, string> {
  const variables: Record<string, string> = {};
  const body = theme.white;
  const primaryShade = typeof theme.primaryShade === 'number' ? theme.primaryShade : theme.primaryShade.light;
  for (const [name, shades] of Object.entries(theme.colors)) {
    const onBody = readableShade(shades, primaryShade, [body]);
    variables[`--mantine-color-${name}-text`] = onBody;
    variables[`--mantine-color-${name}-outline`] = onBody;
    variables[`--mantine-color-${name}-light-color`] = readableShade(shades, 7, [shades[1], shades[2]]);
  }
  const gray = theme.colors.gray;
  variables['--mantine-color-dimmed'] = readableShade(gray, 6, [body, gray[0], gray[1]]);
  variables['--mantine-color-anchor'] = `var(--mantine-color-${theme.primaryColor}-text)`;
  variables['--mantine-color-error'] = 'var(--mantine-color-red-text)';
  return variables;
}

export const accessibleColoursResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: accessibleLightColours(theme),
  dark: {},
});

/**
 * Variants given an explicit shade (`color="green.9"`): Mantine draws a light variant on that
 * shade itself with the palette's light text colour, and outline and subtle variants in that
 * shade (subtle at most shade 6) on white, which can fall below AA. Here the light variant's text
 * is black or white, whichever reads better on the shade, and outline and subtle text the
 * lightest shade from the one asked that reads on white. Everything else is Mantine's.
 */
export const accessibleVariantColorsResolver: VariantColorsResolver = (input) => {
  const colours = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const shades = input.theme.colors[parsed.color];
  if (!parsed.isThemeColor || parsed.shade === undefined || !shades) return colours;
  if (input.variant === 'light') return { ...colours, color: textOn(parsed.value, input.theme) };
  if (input.variant === 'outline' || input.variant === 'subtle') {
    const readable = readableShade(shades, parsed.shade, [input.theme.white]);
    return { ...colours, color: readable, border: input.variant === 'outline' ? `${rem(1)} solid ${readable}` : colours.border };
  }
  return colours;
};
