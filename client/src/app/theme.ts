import { createTheme, darken, defaultVariantColorsResolver, luminance, parseThemeColor, type CSSVariablesResolver } from '@mantine/core';

// WCAG 2.1 AA contrast (4.5:1 for text) on every screen, checked by axe in the browser tests:
// - the primary (links, filled buttons) is teal 9, not Mantine's teal 6 (2.6:1 on white);
// - filled badges and buttons of every colour pick black or white text by the background's
//   luminance (autoContrast; 0.18 is where both black and white pass 4.5:1 on the other side);
// - light badges/alerts and coloured text use the colour's shade 9 darkened, not shade 9
//   itself (yellow 9 and orange 9 are under 4.5:1 on their light backgrounds);
// - a filled button under the mouse keeps that contrast (its hover shade is darker for white
//   text, lighter for black text); the "white" variant's text uses the readable shade too;
// - links use the readable shade too (they also sit on light alerts);
// - dimmed (helper) text is gray 7 (8:1), not gray 6 (3.3:1); field errors are red 9, not red 6.
const LUMINANCE_THRESHOLD = 0.18;

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 8 },
  autoContrast: true,
  luminanceThreshold: LUMINANCE_THRESHOLD,
  variantColorResolver: (input) => {
    const colors = defaultVariantColorsResolver(input);
    const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
    if (input.variant === 'white' && parsed.isThemeColor) return { ...colors, color: `var(--mantine-color-${parsed.color}-text)` };
    return colors;
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
});

const READABLE_DARKEN = 0.35;

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': `var(--mantine-color-${t.primaryColor}-text)`,
    ...Object.fromEntries(
      Object.entries(t.colors).flatMap(([name, shades]) => [
        [`--mantine-color-${name}-light-color`, darken(shades[9], READABLE_DARKEN)],
        [`--mantine-color-${name}-text`, darken(shades[9], READABLE_DARKEN)],
        [`--mantine-color-${name}-filled-hover`, luminance(shades[9]) > LUMINANCE_THRESHOLD ? shades[8] : darken(shades[9], 0.15)],
      ]),
    ),
  },
  dark: {},
});
