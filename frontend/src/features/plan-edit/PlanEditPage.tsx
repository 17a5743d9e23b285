import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Card, Checkbox, Group, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
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

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const typedOf = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : '');

/** Run a write, report its error, refresh the plan's queries. */
function useWrite(planId: string) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  async function run(write: () => Promise<unknown>): Promise<boolean> {
    setPending(true);
    setError(null);
    setDone(false);
    try {
      await write();
      await queryClient.invalidateQueries({ queryKey: planKeys.plan(planId) });
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      setDone(true);
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setPending(false);
    }
  }
  return { run, error, pending, done };
}

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

function PhaseForm({
  planId,
  phase,
  milestones,
  onDone,
}: {
  planId: string;
  phase: Phase | null;
  milestones: Milestone[];
  onDone?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const write = useWrite(planId);
  const queryClient = useQueryClient();
  const [label, setLabel] = useState(phase?.label ?? '');
  const [title, setTitle] = useState(phase?.title ?? '');
  const [topics, setTopics] = useState((phase?.topics ?? []).join('\n'));
  const [start, setStart] = useState<DateRefDraft>(toDraft(phase?.start));
  const [end, setEnd] = useState<DateRefDraft>(toDraft(phase?.end));
  const startRef = fromDraft(start);
  const endRef = fromDraft(end);
  const complete = startRef !== undefined && endRef !== undefined && !!label.trim() && !!title.trim();
  const refresh = () => queryClient.invalidateQueries({ queryKey: planKeys.phases(planId) });
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!complete) return;
    const body = { label: label.trim(), title: title.trim(), topics: lines(topics), start: startRef, end: endRef };
    const ok = await write.run(() => (phase ? savePhase(phase.id, body) : addPhase(planId, body)));
    if (ok) {
      await refresh();
      onDone?.();
    }
  }
  async function remove() {
    if (!phase || !window.confirm(t('planEdit.confirmDelete', { name: `${phase.label}. ${phase.title}` }))) return;
    if (await write.run(() => deletePhase(phase.id))) await refresh();
  }
  return (
    <Card
      withBorder
      padding="sm"
      component="form"
      onSubmit={(e: FormEvent) => void submit(e)}
      data-testid={phase ? `phase-${phase.label}` : 'phase-new'}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" align="flex-start">
          <TextInput
            label={t('planEdit.phaseLabel')}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            w={100}
          />
          <TextInput
            label={t('planEdit.phaseTitle')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            style={{ flex: 1 }}
            miw={200}
          />
        </Group>
        <DateRefEditor label={t('planEdit.start')} value={start} onChange={setStart} milestones={milestones} />
        <DateRefEditor label={t('planEdit.end')} value={end} onChange={setEnd} milestones={milestones} />
        {phase ? (
          <Text size="xs" c="dimmed">
            {formatDate(phase.start_date, i18n.language) || '—'} → {formatDate(phase.end_date, i18n.language) || '—'}
          </Text>
        ) : null}
        <Textarea
          label={t('planEdit.topics')}
          value={topics}
          onChange={(e) => setTopics(e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={6}
        />
        <ErrorAlert error={write.error} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={write.pending} disabled={!complete}>
            {phase ? t('planEdit.save') : t('planEdit.addPhase')}
          </Button>
          {phase ? (
            <Button size="xs" variant="subtle" color="red" c="red.9" onClick={() => void remove()}>
              {t('planEdit.delete')}
            </Button>
          ) : null}
          <Saved done={write.done && !!phase} />
        </Group>
      </Stack>
    </Card>
  );
}

function MilestoneForm({ planId, milestone }: { planId: string; milestone: Milestone | null }) {
  const { t } = useTranslation();
  const write = useWrite(planId);
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [date, setDate] = useState(typedOf(milestone?.date));
  const [precision, setPrecision] = useState<NonNullable<MilestoneBody['precision']>>(milestone?.precision ?? 'day');
  const [kind, setKind] = useState<MilestoneBody['kind']>((milestone?.kind as MilestoneBody['kind']) ?? 'event');
  const parsed = date ? parseTypedDate(date) : null;
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!title.trim() || (date && !parsed)) return;
    const body: MilestoneBody = { title: title.trim(), kind, date: parsed, precision: parsed ? precision : null };
    const ok = await write.run(() => (milestone ? saveMilestone(milestone.id, body) : addMilestone(planId, body)));
    if (ok) {
      await queryClient.invalidateQueries({ queryKey: planKeys.milestones(planId) });
      await queryClient.invalidateQueries({ queryKey: planKeys.phases(planId) });
      if (!milestone) {
        setTitle('');
        setDate('');
      }
    }
  }
  async function remove() {
    if (!milestone || !window.confirm(t('planEdit.confirmDelete', { name: milestone.title }))) return;
    if (await write.run(() => deleteMilestone(milestone.id)))
      await queryClient.invalidateQueries({ queryKey: planKeys.milestones(planId) });
  }
  return (
    <Card
      withBorder
      padding="sm"
      component="form"
      onSubmit={(e: FormEvent) => void submit(e)}
      data-testid={milestone ? 'milestone' : 'milestone-new'}
    >
      <Group gap="xs" wrap="wrap" align="flex-end">
        <TextInput
          label={t('planEdit.milestoneTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          style={{ flex: 1 }}
          miw={200}
        />
        <TextInput
          label={t('planEdit.milestoneDate')}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={date && !parsed ? t('errors.field.date') : undefined}
          w={140}
        />
        <NativeSelect
          label={t('planEdit.precision')}
          value={precision}
          onChange={(e) => setPrecision(e.currentTarget.value as typeof precision)}
          data={(['day', 'month', 'quarter', 'year'] as const).map((p) => ({
            value: p,
            label: t(`planEdit.precisionValue.${p}`),
          }))}
          w={110}
        />
        <NativeSelect
          label={t('planEdit.milestoneKind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as MilestoneBody['kind'])}
          data={(['event', 'deadline', 'review'] as const).map((k) => ({
            value: k,
            label: t(`planEdit.kindValue.${k}`),
          }))}
          w={150}
        />
        <Button type="submit" size="sm" loading={write.pending}>
          {milestone ? t('planEdit.save') : t('planEdit.addMilestone')}
        </Button>
        {milestone ? (
          <Button size="sm" variant="subtle" color="red" c="red.9" onClick={() => void remove()}>
            {t('planEdit.delete')}
          </Button>
        ) : null}
      </Group>
      <ErrorAlert error={write.error} />
      <Saved done={write.done && !!milestone} />
    </Card>
  );
}

function ChannelForm({ planId, channel }: { planId: string; channel: Channel | null }) {
  const { t } = useTranslation();
  const write = useWrite(planId);
  const queryClient = useQueryClient();
  const [label, setLabel] = useState(channel?.label ?? '');
  const [title, setTitle] = useState(channel?.title ?? '');
  const [items, setItems] = useState((channel?.items ?? []).join('\n'));
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!label.trim() || !title.trim()) return;
    const body = { label: label.trim(), title: title.trim(), items: lines(items) };
    const ok = await write.run(() => (channel ? saveChannel(channel.id, body) : addChannel(planId, body)));
    if (ok) {
      await queryClient.invalidateQueries({ queryKey: planKeys.channels(planId) });
      if (!channel) {
        setLabel('');
        setTitle('');
        setItems('');
      }
    }
  }
  async function remove() {
    if (!channel || !window.confirm(t('planEdit.confirmDelete', { name: channel.title }))) return;
    if (await write.run(() => deleteChannel(channel.id)))
      await queryClient.invalidateQueries({ queryKey: planKeys.channels(planId) });
  }
  return (
    <Card withBorder padding="sm" component="form" onSubmit={(e: FormEvent) => void submit(e)}>
      <Group gap="xs" wrap="wrap" align="flex-start">
        <TextInput
          label={t('planEdit.channelLabel')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          w={100}
        />
        <TextInput
          label={t('planEdit.channelTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          style={{ flex: 1 }}
          miw={200}
        />
      </Group>
      <Textarea
        label={t('planEdit.items')}
        value={items}
        onChange={(e) => setItems(e.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={6}
        mt="xs"
      />
      <ErrorAlert error={write.error} />
      <Group gap="xs" mt="xs">
        <Button type="submit" size="xs" loading={write.pending}>
          {channel ? t('planEdit.save') : t('planEdit.addChannel')}
        </Button>
        {channel ? (
          <Button size="xs" variant="subtle" color="red" c="red.9" onClick={() => void remove()}>
            {t('planEdit.delete')}
          </Button>
        ) : null}
        <Saved done={write.done && !!channel} />
      </Group>
    </Card>
  );
}

/** Everything a coordinator edits in a plan: header and lists, phases with their windows, milestones, channels. */
export default function PlanEditPage({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const phases = usePhases(plan.id);
  const milestones = useMilestones(plan.id);
  const channels = useChannels(plan.id);
  const [adding, setAdding] = useState(0);
  if (phases.isPending || milestones.isPending || channels.isPending) return <PageLoader />;
  const ms = milestones.data ?? [];
  return (
    <Stack gap="md">
      <HeaderForm plan={plan} />
      <Section title={t('planEdit.milestones')}>
        <Stack gap="xs">
          {ms.map((m) => (
            <MilestoneForm key={`${m.id}:${m.date}:${m.precision}:${m.title}`} planId={plan.id} milestone={m} />
          ))}
          <Text fw={500} size="sm" mt="xs">
            {t('planEdit.newMilestone')}
          </Text>
          <MilestoneForm planId={plan.id} milestone={null} />
        </Stack>
      </Section>
      <Section title={t('planEdit.phases')}>
        <Stack gap="xs">
          {(phases.data ?? []).map((p) => (
            <PhaseForm key={`${p.id}:${p.start_date}:${p.end_date}`} planId={plan.id} phase={p} milestones={ms} />
          ))}
          <Text fw={500} size="sm" mt="xs">
            {t('planEdit.newPhase')}
          </Text>
          <PhaseForm
            key={`new-${adding}`}
            planId={plan.id}
            phase={null}
            milestones={ms}
            onDone={() => setAdding((n) => n + 1)}
          />
        </Stack>
      </Section>
      <Section title={t('planEdit.channels')}>
        <Stack gap="xs">
          {(channels.data ?? []).map((c) => (
            <ChannelForm key={c.id} planId={plan.id} channel={c} />
          ))}
          <Text fw={500} size="sm" mt="xs">
            {t('planEdit.newChannel')}
          </Text>
          <ChannelForm planId={plan.id} channel={null} />
        </Stack>
      </Section>
    </Stack>
  );
}
