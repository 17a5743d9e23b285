import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Card, Checkbox, Group, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Channel, Milestone, Phase, Plan, PlanUpdate } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { formatDate } from '../../lib/formatDate';
import { parseTypedDate } from '../../lib/parseDate';
import { planKeys, useChannels, useMilestones, usePhases } from '../plans/queries';
import {
  addChannel,
  addMilestone,
  addPhase,
  deleteChannel,
  deleteMilestone,
  deletePhase,
  saveChannel,
  saveMilestone,
  savePhase,
  savePlan,
  type MilestoneBody,
} from './api';
import { DateRefEditor, fromDraft, toDraft, type DateRefDraft } from './DateRefEditor';
import { ListEditor } from './ListEditor';
import { useWrite } from './useWrite';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const typedOf = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : '');

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Saved({ done }: { done: boolean }) {
  const { t } = useTranslation();
  return done ? (
    <Text size="sm" c="green.9" role="status">
      {t('planEdit.saved')}
    </Text>
  ) : null;
}

function HeaderForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const write = useWrite(plan.id);
  const [f, setF] = useState({
    code: plan.code,
    title: plan.title,
    issuing_body: plan.issuing_body ?? '',
    place: plan.place ?? '',
    issued_on: typedOf(plan.issued_on),
    signer_name: plan.signer_name ?? '',
    signer_title: plan.signer_title ?? '',
    status: plan.status,
    published: plan.published,
    purposes: plan.purposes.join('\n'),
    requirements: plan.requirements.join('\n'),
    recipients: plan.recipients.join('\n'),
  });
  const [bases, setBases] = useState(
    plan.legal_bases.map((b) => ({ reference: b.reference, date: typedOf(b.date), title: b.title ?? '' })),
  );
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }));
  function submit(e: FormEvent) {
    e.preventDefault();
    const body: PlanUpdate = {
      code: f.code.trim(),
      title: f.title.trim(),
      issuing_body: f.issuing_body.trim() || null,
      place: f.place.trim() || null,
      issued_on: parseTypedDate(f.issued_on),
      signer_name: f.signer_name.trim() || null,
      signer_title: f.signer_title.trim() || null,
      status: f.status,
      published: f.published,
      purposes: lines(f.purposes),
      requirements: lines(f.requirements),
      recipients: lines(f.recipients),
      legal_bases: bases
        .filter((b) => b.reference.trim())
        .map((b) => ({ reference: b.reference.trim(), date: parseTypedDate(b.date), title: b.title.trim() })),
    };
    void write.run(() => savePlan(plan.id, body));
  }
  return (
    <Section title={t('planEdit.header')}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Group grow wrap="wrap" align="flex-start">
            <TextInput
              label={t('planEdit.code')}
              value={f.code}
              onChange={(e) => set({ code: e.currentTarget.value })}
              miw={160}
            />
            <TextInput
              label={t('planEdit.issuingBody')}
              value={f.issuing_body}
              onChange={(e) => set({ issuing_body: e.currentTarget.value })}
              miw={200}
            />
          </Group>
          <Textarea
            label={t('planEdit.title')}
            value={f.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            autosize
            minRows={2}
          />
          <Group grow wrap="wrap" align="flex-start">
            <TextInput
              label={t('planEdit.place')}
              value={f.place}
              onChange={(e) => set({ place: e.currentTarget.value })}
              miw={140}
            />
            <TextInput
              label={t('planEdit.issuedOn')}
              value={f.issued_on}
              onChange={(e) => set({ issued_on: e.currentTarget.value })}
              miw={140}
            />
            <TextInput
              label={t('planEdit.signerName')}
              value={f.signer_name}
              onChange={(e) => set({ signer_name: e.currentTarget.value })}
              miw={160}
            />
            <TextInput
              label={t('planEdit.signerTitle')}
              value={f.signer_title}
              onChange={(e) => set({ signer_title: e.currentTarget.value })}
              miw={160}
            />
          </Group>
          <Group wrap="wrap" align="flex-end">
            <NativeSelect
              label={t('planEdit.status')}
              value={f.status}
              onChange={(e) => set({ status: e.currentTarget.value as Plan['status'] })}
              data={(['draft', 'active', 'completed', 'archived'] as const).map((s) => ({
                value: s,
                label: t(`planStatus.${s}`),
              }))}
              w={200}
            />
            <Checkbox
              label={t('planEdit.published')}
              checked={f.published}
              onChange={(e) => set({ published: e.currentTarget.checked })}
              mb={8}
            />
          </Group>
          <Text fw={500} size="sm">
            {t('planEdit.legalBases')}
          </Text>
          {bases.map((b, i) => (
            <Group key={i} gap="xs" wrap="wrap" align="flex-end">
              <TextInput
                label={t('planEdit.reference')}
                value={b.reference}
                onChange={(e) =>
                  setBases((all) => all.map((x, j) => (j === i ? { ...x, reference: e.currentTarget.value } : x)))
                }
                w={180}
              />
              <TextInput
                label={t('planEdit.basisDate')}
                value={b.date}
                onChange={(e) =>
                  setBases((all) => all.map((x, j) => (j === i ? { ...x, date: e.currentTarget.value } : x)))
                }
                w={140}
              />
              <TextInput
                label={t('planEdit.basisTitle')}
                value={b.title}
                onChange={(e) =>
                  setBases((all) => all.map((x, j) => (j === i ? { ...x, title: e.currentTarget.value } : x)))
                }
                style={{ flex: 1 }}
                miw={200}
              />
              <Button
                variant="subtle"
                color="red"
                c="red.9"
                onClick={() => setBases((all) => all.filter((_, j) => j !== i))}
              >
                {t('planEdit.removeBasis', { n: i + 1 })}
              </Button>
            </Group>
          ))}
          <Button
            variant="default"
            w="fit-content"
            onClick={() => setBases((all) => [...all, { reference: '', date: '', title: '' }])}
          >
            {t('planEdit.addBasis')}
          </Button>
          <Textarea
            label={t('planEdit.purposes')}
            value={f.purposes}
            onChange={(e) => set({ purposes: e.currentTarget.value })}
            autosize
            minRows={3}
          />
          <Textarea
            label={t('planEdit.requirements')}
            value={f.requirements}
            onChange={(e) => set({ requirements: e.currentTarget.value })}
            autosize
            minRows={3}
          />
          <Textarea
            label={t('planEdit.recipients')}
            value={f.recipients}
            onChange={(e) => set({ recipients: e.currentTarget.value })}
            autosize
            minRows={3}
          />
          <ErrorAlert error={write.error} />
          <Group>
            <Button type="submit" loading={write.pending}>
              {t('planEdit.save')}
            </Button>
            <Saved done={write.done} />
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

interface PhaseDraft {
  label: string;
  title: string;
  topics: string;
  start: DateRefDraft;
  end: DateRefDraft;
}

interface MilestoneDraft {
  title: string;
  date: string;
  precision: NonNullable<MilestoneBody['precision']>;
  kind: MilestoneBody['kind'];
}

interface ChannelDraft {
  label: string;
  title: string;
  items: string;
}

function PhaseFields({
  draft,
  set,
  phase,
  milestones,
}: {
  draft: PhaseDraft;
  set: (patch: Partial<PhaseDraft>) => void;
  phase: Phase | null;
  milestones: Milestone[];
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Group gap="xs" wrap="wrap" align="flex-start">
        <TextInput
          label={t('planEdit.phaseLabel')}
          value={draft.label}
          onChange={(e) => set({ label: e.currentTarget.value })}
          w={100}
        />
        <TextInput
          label={t('planEdit.phaseTitle')}
          value={draft.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          style={{ flex: 1 }}
          miw={200}
        />
      </Group>
      <DateRefEditor
        label={t('planEdit.start')}
        value={draft.start}
        onChange={(start) => set({ start })}
        milestones={milestones}
      />
      <DateRefEditor
        label={t('planEdit.end')}
        value={draft.end}
        onChange={(end) => set({ end })}
        milestones={milestones}
      />
      {phase ? (
        <Text size="xs" c="dimmed">
          {formatDate(phase.start_date, i18n.language) || '—'} → {formatDate(phase.end_date, i18n.language) || '—'}
        </Text>
      ) : null}
      <Textarea
        label={t('planEdit.topics')}
        value={draft.topics}
        onChange={(e) => set({ topics: e.currentTarget.value })}
        autosize
        minRows={2}
        maxRows={6}
      />
    </>
  );
}

function MilestoneFields({ draft, set }: { draft: MilestoneDraft; set: (patch: Partial<MilestoneDraft>) => void }) {
  const { t } = useTranslation();
  const parsed = draft.date ? parseTypedDate(draft.date) : null;
  return (
    <Group gap="xs" wrap="wrap" align="flex-end">
      <TextInput
        label={t('planEdit.milestoneTitle')}
        value={draft.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        style={{ flex: 1 }}
        miw={200}
      />
      <TextInput
        label={t('planEdit.milestoneDate')}
        value={draft.date}
        onChange={(e) => set({ date: e.currentTarget.value })}
        error={draft.date && !parsed ? t('errors.field.date') : undefined}
        w={140}
      />
      <NativeSelect
        label={t('planEdit.precision')}
        value={draft.precision}
        onChange={(e) => set({ precision: e.currentTarget.value as MilestoneDraft['precision'] })}
        data={(['day', 'month', 'quarter', 'year'] as const).map((p) => ({
          value: p,
          label: t(`planEdit.precisionValue.${p}`),
        }))}
        w={110}
      />
      <NativeSelect
        label={t('planEdit.milestoneKind')}
        value={draft.kind}
        onChange={(e) => set({ kind: e.currentTarget.value as MilestoneBody['kind'] })}
        data={(['event', 'deadline', 'review'] as const).map((k) => ({
          value: k,
          label: t(`planEdit.kindValue.${k}`),
        }))}
        w={150}
      />
    </Group>
  );
}

function ChannelFields({ draft, set }: { draft: ChannelDraft; set: (patch: Partial<ChannelDraft>) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="xs" wrap="wrap" align="flex-start">
        <TextInput
          label={t('planEdit.channelLabel')}
          value={draft.label}
          onChange={(e) => set({ label: e.currentTarget.value })}
          w={100}
        />
        <TextInput
          label={t('planEdit.channelTitle')}
          value={draft.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          style={{ flex: 1 }}
          miw={200}
        />
      </Group>
      <Textarea
        label={t('planEdit.items')}
        value={draft.items}
        onChange={(e) => set({ items: e.currentTarget.value })}
        autosize
        minRows={2}
        maxRows={6}
      />
    </>
  );
}

/** Everything a coordinator edits in a plan: header and lists, phases with their windows, milestones, channels. */
export default function PlanEditPage({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const phases = usePhases(plan.id);
  const milestones = useMilestones(plan.id);
  const channels = useChannels(plan.id);
  if (phases.isPending || milestones.isPending || channels.isPending) return <PageLoader />;
  const ms = milestones.data ?? [];
  return (
    <Stack gap="md">
      <HeaderForm plan={plan} />
      <Section title={t('planEdit.milestones')}>
        <ListEditor<Milestone, MilestoneDraft>
          planId={plan.id}
          items={ms}
          itemKey={(m) => `${m.id}:${m.date}:${m.precision}:${m.title}`}
          testId={(m) => (m ? 'milestone' : 'milestone-new')}
          newTitle={t('planEdit.newMilestone')}
          addLabel={t('planEdit.addMilestone')}
          name={(m) => m.title}
          toDraft={(m) => ({
            title: m?.title ?? '',
            date: typedOf(m?.date),
            precision: m?.precision ?? 'day',
            kind: (m?.kind as MilestoneBody['kind']) ?? 'event',
          })}
          isComplete={(d) => !!d.title.trim() && (!d.date || !!parseTypedDate(d.date))}
          save={(d, m) => {
            const date = d.date ? parseTypedDate(d.date) : null;
            const body: MilestoneBody = {
              title: d.title.trim(),
              kind: d.kind,
              date,
              precision: date ? d.precision : null,
            };
            return m ? saveMilestone(m.id, body) : addMilestone(plan.id, body);
          }}
          remove={(m) => deleteMilestone(m.id)}
          invalidate={[planKeys.milestones(plan.id), planKeys.phases(plan.id)]}
          fields={(draft, set) => <MilestoneFields draft={draft} set={set} />}
        />
      </Section>
      <Section title={t('planEdit.phases')}>
        <ListEditor<Phase, PhaseDraft>
          planId={plan.id}
          items={phases.data ?? []}
          itemKey={(p) => `${p.id}:${p.start_date}:${p.end_date}`}
          testId={(p) => (p ? `phase-${p.label}` : 'phase-new')}
          newTitle={t('planEdit.newPhase')}
          addLabel={t('planEdit.addPhase')}
          name={(p) => `${p.label}. ${p.title}`}
          toDraft={(p) => ({
            label: p?.label ?? '',
            title: p?.title ?? '',
            topics: (p?.topics ?? []).join('\n'),
            start: toDraft(p?.start),
            end: toDraft(p?.end),
          })}
          isComplete={(d) =>
            fromDraft(d.start) !== undefined && fromDraft(d.end) !== undefined && !!d.label.trim() && !!d.title.trim()
          }
          save={(d, p) => {
            const body = {
              label: d.label.trim(),
              title: d.title.trim(),
              topics: lines(d.topics),
              // isComplete() has checked both refs are defined.
              start: fromDraft(d.start) ?? null,
              end: fromDraft(d.end) ?? null,
            };
            return p ? savePhase(p.id, body) : addPhase(plan.id, body);
          }}
          remove={(p) => deletePhase(p.id)}
          invalidate={[planKeys.phases(plan.id)]}
          fields={(draft, set, p) => <PhaseFields draft={draft} set={set} phase={p} milestones={ms} />}
        />
      </Section>
      <Section title={t('planEdit.channels')}>
        <ListEditor<Channel, ChannelDraft>
          planId={plan.id}
          items={channels.data ?? []}
          itemKey={(c) => c.id}
          newTitle={t('planEdit.newChannel')}
          addLabel={t('planEdit.addChannel')}
          name={(c) => c.title}
          toDraft={(c) => ({ label: c?.label ?? '', title: c?.title ?? '', items: (c?.items ?? []).join('\n') })}
          isComplete={(d) => !!d.label.trim() && !!d.title.trim()}
          save={(d, c) => {
            const body = { label: d.label.trim(), title: d.title.trim(), items: lines(d.items) };
            return c ? saveChannel(c.id, body) : addChannel(plan.id, body);
          }}
          remove={(c) => deleteChannel(c.id)}
          invalidate={[planKeys.channels(plan.id)]}
          fields={(draft, set) => <ChannelFields draft={draft} set={set} />}
        />
      </Section>
    </Stack>
  );
}
