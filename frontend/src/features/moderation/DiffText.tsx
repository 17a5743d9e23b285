import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DiffSegment } from '../../api/types';

/**
 * A member's text against the cluster's first text, word by word: words only in this
 * member are highlighted (strongly when they carry content: another place, figure,
 * subject), words only in the first text are shown struck through.
 */
export function DiffText({ segments }: { segments: DiffSegment[] }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="cluster-diff">
      {segments.map((s, i) => {
        if (s.op === 'same') return <span key={i}>{s.text}</span>;
        if (s.op === 'added')
          return (
            <mark
              key={i}
              data-op="added"
              data-content={s.content ? 'true' : 'false'}
              title={s.content ? t('clusters.diff.addedContent') : t('clusters.diff.added')}
              style={{
                backgroundColor: s.content ? 'var(--mantine-color-orange-2)' : 'var(--mantine-color-gray-2)',
                color: 'inherit',
                fontWeight: s.content ? 600 : undefined,
                padding: '0 2px',
                borderRadius: 2,
              }}
            >
              {s.text}
            </mark>
          );
        return (
          <del
            key={i}
            data-op="removed"
            data-content={s.content ? 'true' : 'false'}
            title={s.content ? t('clusters.diff.removedContent') : t('clusters.diff.removed')}
            style={{ color: s.content ? 'var(--mantine-color-red-9)' : 'var(--mantine-color-gray-7)', margin: '0 2px' }}
          >
            {s.text}
          </del>
        );
      })}
    </Text>
  );
}

/**
 * Only what differs, for a compact list (the bulk dialog): each change with a few words of
 * context, "…" between; or a note that the member reads as the first text.
 */
export function DiffSummary({ segments }: { segments: DiffSegment[] }) {
  const { t } = useTranslation();
  const changed = segments.flatMap((s, i) => (s.op === 'same' ? [] : [i]));
  if (changed.length === 0) return <Text size="sm">{t('clusters.diff.none')}</Text>;
  const shown: DiffSegment[] = [];
  changed.forEach((i, n) => {
    const before = segments[i - 1];
    if (before?.op === 'same' && (n === 0 || changed[n - 1] !== i - 2))
      shown.push({ ...before, text: '… ' + before.text.split(' ').slice(-4).join(' ') });
    shown.push(segments[i]!);
    const after = segments[i + 1];
    if (after?.op === 'same') shown.push({ ...after, text: after.text.split(' ').slice(0, 4).join(' ') + ' …' });
  });
  return <DiffText segments={shown} />;
}
