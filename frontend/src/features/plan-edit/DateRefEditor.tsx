import { Group, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DateRef, Milestone } from '../../api/types';
import { parseTypedDate } from '../../lib/parseDate';

/** What the editor holds while typing: a fixed date as typed, or a milestone's side plus days. */
export interface DateRefDraft {
  kind: 'none' | 'fixed' | 'milestone';
  typed: string;
  milestone_id: string;
  side: 'start' | 'end';
  offset_days: number;
}

export function toDraft(ref: DateRef | null | undefined): DateRefDraft {
  if (!ref) return { kind: 'none', typed: '', milestone_id: '', side: 'end', offset_days: 0 };
  if (ref.kind === 'fixed') {
    const [y, m, d] = ref.date.split('-');
    return { kind: 'fixed', typed: `${d}/${m}/${y}`, milestone_id: '', side: 'end', offset_days: 0 };
  }
  return {
    kind: 'milestone',
    typed: '',
    milestone_id: ref.milestone_id,
    side: ref.side,
    offset_days: ref.offset_days ?? 0,
  };
}

/** The DateRef to send; `undefined` when the draft is incomplete (no date typed, no milestone chosen). */
export function fromDraft(d: DateRefDraft): DateRef | null | undefined {
  if (d.kind === 'none') return null;
  if (d.kind === 'fixed') {
    const date = parseTypedDate(d.typed);
    return date ? { kind: 'fixed', date } : undefined;
  }
  return d.milestone_id
    ? { kind: 'milestone', milestone_id: d.milestone_id, side: d.side, offset_days: d.offset_days }
    : undefined;
}

/** A date that is either fixed or hangs on a milestone (its start or end, plus or minus days). */
export function DateRefEditor({
  label,
  value,
  onChange,
  milestones,
}: {
  label: string;
  value: DateRefDraft;
  onChange: (next: DateRefDraft) => void;
  milestones: readonly Milestone[];
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<DateRefDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <legend style={{ fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500, padding: 0 }}>{label}</legend>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect
          aria-label={t('planEdit.dateKind', { label })}
          value={value.kind}
          onChange={(e) => set({ kind: e.currentTarget.value as DateRefDraft['kind'] })}
          data={[
            { value: 'none', label: t('planEdit.kind.none') },
            { value: 'fixed', label: t('planEdit.kind.fixed') },
            { value: 'milestone', label: t('planEdit.kind.milestone') },
          ]}
          w={150}
        />
        {value.kind === 'fixed' ? (
          <TextInput
            aria-label={t('planEdit.fixedDate', { label })}
            placeholder="dd/mm/yyyy"
            value={value.typed}
            onChange={(e) => set({ typed: e.currentTarget.value })}
            error={value.typed && !parseTypedDate(value.typed) ? t('errors.field.date') : undefined}
            w={140}
          />
        ) : null}
        {value.kind === 'milestone' ? (
          <>
            <NativeSelect
              aria-label={t('planEdit.anchorMilestone', { label })}
              value={value.milestone_id}
              onChange={(e) => set({ milestone_id: e.currentTarget.value })}
              data={[
                { value: '', label: t('planEdit.chooseMilestone') },
                ...milestones.map((m) => ({ value: m.id, label: m.title })),
              ]}
              maw={320}
            />
            <NativeSelect
              aria-label={t('planEdit.side', { label })}
              value={value.side}
              onChange={(e) => set({ side: e.currentTarget.value as 'start' | 'end' })}
              data={[
                { value: 'start', label: t('planEdit.sideStart') },
                { value: 'end', label: t('planEdit.sideEnd') },
              ]}
              w={130}
            />
            <NumberInput
              aria-label={t('planEdit.offset', { label })}
              value={value.offset_days}
              onChange={(v) => set({ offset_days: typeof v === 'number' ? v : Number(v) || 0 })}
              suffix={` ${t('planEdit.days')}`}
              w={120}
              min={-3660}
              max={3660}
            />
          </>
        ) : null}
      </Group>
    </fieldset>
  );
}
