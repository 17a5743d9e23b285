/**
 * State colours that stay apart for people with colour-blindness: the Okabe–Ito
 * palette (distinct under protanopia, deuteranopia and tritanopia, and in lightness),
 * each with the text colour that reads on it at ≥ 4.5:1 (numbers are printed on bars).
 */
export interface Swatch {
  color: string;
  text: string;
}

export const OKABE_ITO = {
  green: { color: '#009E73', text: '#000000' },
  orange: { color: '#E69F00', text: '#000000' },
  blue: { color: '#0072B2', text: '#FFFFFF' },
  sky: { color: '#56B4E9', text: '#000000' },
  vermillion: { color: '#D55E00', text: '#000000' },
  purple: { color: '#CC79A7', text: '#000000' },
  yellow: { color: '#F0E442', text: '#000000' },
  grey: { color: '#BBBBBB', text: '#000000' },
  black: { color: '#3D3D3D', text: '#FFFFFF' },
} as const satisfies Record<string, Swatch>;

/** Task standings against their deadlines (the dashboard's tiles and bars). */
export const STANDING_COLORS = {
  done_on_time: OKABE_ITO.green,
  done_late: OKABE_ITO.orange,
  in_progress: OKABE_ITO.blue,
  not_started: OKABE_ITO.grey,
  overdue: OKABE_ITO.vermillion,
  no_deadline: OKABE_ITO.purple,
} as const satisfies Record<string, Swatch>;

/** Feedback states (the synthesis screen). */
export const FEEDBACK_STATE_COLORS = {
  received: OKABE_ITO.grey,
  in_review: OKABE_ITO.sky,
  accepted: OKABE_ITO.green,
  partially_accepted: OKABE_ITO.yellow,
  not_accepted: OKABE_ITO.vermillion,
  duplicate: OKABE_ITO.purple,
  spam: OKABE_ITO.black,
} as const satisfies Record<string, Swatch>;

function channel(hex: string, i: number): number {
  const v = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of `#RRGGBB`. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Brettel/Viénot-style dichromacy simulation matrices in linear RGB (Machado et al. 2009, severity 1).
const SIMULATIONS: Record<'protanopia' | 'deuteranopia' | 'tritanopia', number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** How a colour looks to someone with the given dichromacy, as linear RGB. */
export function simulate(hex: string, kind: keyof typeof SIMULATIONS): [number, number, number] {
  const rgb = [channel(hex, 0), channel(hex, 1), channel(hex, 2)];
  const m = SIMULATIONS[kind];
  return m.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!))) as [
    number,
    number,
    number,
  ];
}

/** Distance between two linear-RGB colours (0–√3): a rough "can these be told apart". */
export function distance(a: [number, number, number], b: [number, number, number]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

export const SIMULATION_KINDS = Object.keys(SIMULATIONS) as (keyof typeof SIMULATIONS)[];
