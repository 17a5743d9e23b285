import { Badge } from '@mantine/core';

/** Colour pairs checked for WCAG AA (all ≥ 6.3:1); Mantine's light badges are not. */
const tones = {
  neutral: { bg: '#f1f3f5', fg: '#343a40' },
  info: { bg: '#e8f1fa', fg: '#163f68' },
  success: { bg: '#d3f9d8', fg: '#1b5e20' },
  danger: { bg: '#ffe3e3', fg: '#8b1a1a' },
  warning: { bg: '#fff3bf', fg: '#5c3c00' },
  special: { bg: '#f3f0ff', fg: '#5f3dc4' },
} as const;

export type Tone = keyof typeof tones;

export function StatusBadge({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  const { bg, fg } = tones[tone];
  return (
    <Badge
      radius="sm"
      variant="filled"
      style={{ background: bg, color: fg, border: `1px solid ${fg}33`, flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {children}
    </Badge>
  );
}

export function toneForStatus(status: string): Tone {
  switch (status) {
    case 'done':
    case 'accepted':
    case 'open':
      return 'success';
    case 'in_progress':
    case 'in_review':
    case 'partially_accepted':
      return 'info';
    case 'blocked':
    case 'not_accepted':
    case 'spam':
    case 'overdue':
      return 'danger';
    case 'duplicate':
      return 'special';
    case 'due_soon':
    case 'scheduled':
      return 'warning';
    default:
      return 'neutral';
  }
}
