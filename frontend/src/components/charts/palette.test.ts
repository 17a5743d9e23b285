import { describe, expect, it } from 'vitest';
import {
  contrast,
  distance,
  FEEDBACK_STATE_COLORS,
  simulate,
  SIMULATION_KINDS,
  STANDING_COLORS,
  type Swatch,
} from './palette';

function closestPair(swatches: Record<string, Swatch>, kind: (typeof SIMULATION_KINDS)[number]) {
  const entries = Object.entries(swatches);
  let worst = { d: Infinity, pair: '' };
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) {
      const d = distance(simulate(entries[i]![1].color, kind), simulate(entries[j]![1].color, kind));
      if (d < worst.d) worst = { d, pair: `${entries[i]![0]}/${entries[j]![0]}` };
    }
  return worst;
}

describe.each([
  ['task standings', STANDING_COLORS],
  ['feedback states', FEEDBACK_STATE_COLORS],
] as const)('%s palette', (_name, swatches) => {
  it('prints numbers legibly on every colour (≥ 4.5:1)', () => {
    for (const [key, s] of Object.entries(swatches)) {
      expect(contrast(s.color, s.text), key).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(SIMULATION_KINDS)('keeps every two states apart under %s', (kind) => {
    const worst = closestPair(swatches, kind);
    expect(worst.d, worst.pair).toBeGreaterThan(0.08);
  });
});
