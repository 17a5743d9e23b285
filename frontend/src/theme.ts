import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A deep civic blue. Shade 7 (filled buttons, links) on white is 8.6:1, shade 6 6.6:1:
// both clear WCAG AA for normal text.
const civic: MantineColorsTuple = [
  '#e8f1fa',
  '#cfe0f2',
  '#9ec0e4',
  '#6b9fd6',
  '#4284c9',
  '#2a6fb8',
  '#1f5f9f',
  '#1c4e80',
  '#163f68',
  '#0f2d4b',
];

export const theme = createTheme({
  primaryColor: 'civic',
  primaryShade: { light: 7, dark: 4 },
  colors: { civic },
  autoContrast: true,
  luminanceThreshold: 0.4,
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
  },
});
