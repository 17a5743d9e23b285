import { useState, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import type { ImportWarning, PlanDraft, PlanImportPreview } from '../../api/types';
import { isApiError } from '../../api/errors';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../lib/formatDate';
import { planKeys } from '../plans/queries';
import { periodLabel } from '../plans/timelineScale';
import { unitKeys, useUnitDirectory } from '../units/queries';
import { previewImport, runImport, type GroupMembers } from './api';

const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT =
  '.txt,.md,.markdown,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Located = ImportWarning & { where: string };

/** Every warning in the draft, with the item it belongs to. */
export function collectWarnings(draft: PlanDraft, t: (k: string, o?: object) => string): Located[] {
  const of = (ws: ImportWarning[] | undefined, where: string) => (ws ?? []).map((w) => ({ ...w, where }));
  const out: Located[] = of(draft.warnings, t('import.where.plan'));
  for (const m of draft.milestones ?? []) out.push(...of(m.warnings, m.title));
  for (const p of draft.phases ?? []) out.push(...of(p.warnings, t('timeline.phaseLabel', { label: p.label })));
  for (const c of draft.channels ?? []) out.push(...of(c.warnings, `${c.label}. ${c.title}`));
  for (const u of draft.units ?? []) out.push(...of(u.warnings, u.name));
  for (const task of draft.tasks ?? []) out.push(...of(task.warnings, `${task.source_section} ${task.title}`));
  return out;
}

function lines(w: ImportWarning): string {
  if (!w.source_lines) return '';
  const [a, b] = w.source_lines as unknown as [number, number];
  return a === b ? `${a}` : `${a}–${b}`;
}

function dateRef(ref: unknown, draft: PlanDraft, t: (k: string, o?: object) => string, lang: string): string {
  if (!ref || typeof ref !== 'object') return '—';
  const r = ref as { kind: string; date?: string; milestone_key?: string; side?: string; offset_days?: number };
  if (r.kind === 'fixed' && r.date) return formatDate(r.date, lang);
  const m = (draft.milestones ?? []).find((x) => x.key === r.milestone_key);
  const name = m?.title ?? r.milestone_key ?? '?';
  const side = r.side === 'start' ? t('import.sideStart') : t('import.sideEnd');
  const offset = r.offset_days ? ` ${r.offset_days > 0 ? '+' : ''}${r.offset_days} ${t('import.days')}` : '';
  return `${side} “${name}”${offset}`;
}

/**
 * The unit groups the plan names ("Các huyện ủy, thị ủy …"): each member unit owes its own
 * share of the group's tasks. A group without members asks the coordinator to choose them;
 * left empty, its tasks wait for members (counted late by nobody).
 */
function GroupMembersReview({
  preview,
  chosen,
  onChoose,
}: {
  preview: PlanImportPreview;
  chosen: GroupMembers;
  onChoose: (key: string, ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const { directory } = useUnitDirectory();
  if (!preview.groups.length) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-groups-heading">
      <Title order={2} size="h4" id="import-groups-heading" mb="xs">
        {t('groups.title')}
      </Title>
      <Stack gap="sm">
        {preview.groups.map((g) => (
          <div key={g.key}>
            <Text size="sm" fw={600}>
              {g.name}{' '}
              {g.member_unit_ids.length ? (
                <StatusBadge tone="success">{t('groups.members', { count: g.member_unit_ids.length })}</StatusBadge>
              ) : (
                <StatusBadge tone="warning">{t('groups.awaitingBadge')}</StatusBadge>
              )}
            </Text>
            {g.member_unit_ids.length ? (
              <Text size="xs" c="dimmed">
                {g.member_unit_ids.map((id) => directory.name(id)).join(', ')}
              </Text>
            ) : null}
            <MultiSelect
              mt={4}
              label={g.member_unit_ids.length ? t('groups.addMembers') : t('groups.chooseMembers')}
              description={g.member_unit_ids.length ? undefined : t('groups.awaitingHint')}
              data={directory.options.filter((o) => !g.member_unit_ids.includes(o.value))}
              value={chosen[g.key] ?? []}
              onChange={(ids) => onChoose(g.key, ids)}
              searchable
              clearable
              hidePickedOptions
              nothingFoundMessage={t('groups.nothingFound')}
            />
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

function Preview({ preview }: { preview: PlanImportPreview }) {
  const { t, i18n } = useTranslation();
  const tt = t as unknown as (k: string, o?: object) => string;
  const d = preview.draft;
  const warnings = collectWarnings(d, tt);
  const unitName = (key: string) => (d.units ?? []).find((u) => u.key === key)?.name ?? key;
  const c = preview.counts;
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Text size="sm" c="dimmed">
          {d.issuing_body ?? ''} ·{' '}
          {t('plan.codeDated', { code: d.code, date: d.issued_on ? formatDate(d.issued_on, i18n.language) : '—' })}
          {d.place ? ` · ${d.place}` : ''}
        </Text>
        <Title order={2} size="h3" mt={4}>
          {d.title}
        </Title>
        {d.signer_name ? (
          <Text size="sm">{t('plan.signedBy', { name: d.signer_name, title: d.signer_title ?? '' })}</Text>
        ) : null}
      </Paper>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {(
          [
            ['phases', c.phases + c.sub_phases],
            ['milestones', c.milestones],
            ['channels', c.channels],
            ['tasks', c.tasks],
            ['deadlines', c.tasks_with_deadline],
            ['unitsMatched', c.units_matched],
            ['unitsCreated', c.units_created],
            ['warnings', warnings.length],
          ] as const
        ).map(([k, v]) => (
          <Paper key={k} withBorder p="sm" radius="md">
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t(`import.counts.${k}`)}
            </Text>
            <Text
              fz={24}
              fw={700}
              c={k === 'warnings' && v ? 'yellow.9' : k === 'unitsCreated' && v ? 'civic.8' : undefined}
            >
              {v}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>

      {warnings.length ? (
        <Alert color="yellow" variant="light" c="dark.8" title={t('import.warningsTitle', { count: warnings.length })}>
          <Text size="sm" mb="xs">
            {t('import.warningsHint')}
          </Text>
          <List size="sm" spacing={4}>
            {warnings.map((w, i) => (
              <List.Item key={i}>
                <strong>{t(`import.warning.${w.code}`)}</strong> — {w.where}
                {lines(w) ? ` (${t('import.lines', { lines: lines(w) })})` : ''}: {w.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Alert color="green" variant="light" c="dark.8">
          {t('import.noWarnings')}
        </Alert>
      )}

      <Tabs defaultValue="phases" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="phases">{t('import.tabs.phases')}</Tabs.Tab>
          <Tabs.Tab value="tasks">{t('import.tabs.tasks')}</Tabs.Tab>
          <Tabs.Tab value="units">{t('import.tabs.units')}</Tabs.Tab>
          <Tabs.Tab value="header">{t('import.tabs.header')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="phases" pt="sm">
          <Table.ScrollContainer minWidth={640}>
            <Table fz="sm" verticalSpacing={4} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('milestone.phase')}</Table.Th>
                  <Table.Th scope="col">{t('milestone.start')}</Table.Th>
                  <Table.Th scope="col">{t('milestone.end')}</Table.Th>
                  <Table.Th scope="col">{t('import.topics')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(d.phases ?? []).map((p) => (
                  <Table.Tr key={p.label}>
                    <Table.Th scope="row" fw={500} pl={p.parent_label ? 'lg' : undefined}>
                      {t('timeline.phaseLabel', { label: p.label })}
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {p.title}
                      </Text>
                    </Table.Th>
                    <Table.Td>{dateRef(p.start, d, tt, i18n.language)}</Table.Td>
                    <Table.Td>{dateRef(p.end, d, tt, i18n.language)}</Table.Td>
                    <Table.Td>{(p.topics ?? []).length}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Title order={3} size="h5" mt="md" mb="xs">
            {t('timeline.milestones')}
          </Title>
          <List size="sm" spacing={2}>
            {(d.milestones ?? []).map((m) => (
              <List.Item key={m.key}>
                {m.title}: {m.date ? periodLabel(m.date, m.precision, i18n.language) : t('timeline.undated')}
              </List.Item>
            ))}
          </List>
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="sm">
          <Table.ScrollContainer minWidth={720}>
            <Table fz="sm" verticalSpacing={4} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('tasks.col.section')}</Table.Th>
                  <Table.Th scope="col">{t('tasks.col.title')}</Table.Th>
                  <Table.Th scope="col">{t('task.leadUnit')}</Table.Th>
                  <Table.Th scope="col">{t('tasks.col.due')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(d.tasks ?? []).map((task, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{task.source_section}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={3}>
                        {task.title}
                      </Text>
                      {(task.supporting_unit_keys ?? []).length ? (
                        <Text size="xs" c="dimmed">
                          {t('import.supportedBy', {
                            units: (task.supporting_unit_keys ?? []).map(unitName).join(', '),
                          })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{unitName(task.lead_unit_key)}</Table.Td>
                    <Table.Td>{task.due ? dateRef(task.due, d, tt, i18n.language) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Tabs.Panel>
        <Tabs.Panel value="units" pt="sm">
          <List size="sm" spacing={4}>
            {preview.units.map((u) => (
              <List.Item key={u.key}>
                {u.name}{' '}
                {u.matched ? (
                  <StatusBadge tone="success">{t('import.matched')}</StatusBadge>
                ) : (
                  <StatusBadge tone="info">{t('import.willCreate')}</StatusBadge>
                )}{' '}
                {u.is_group ? (
                  <Badge size="sm" variant="outline" color="gray" c="dark.7">
                    {t('import.group')}
                  </Badge>
                ) : null}
              </List.Item>
            ))}
          </List>
        </Tabs.Panel>
        <Tabs.Panel value="header" pt="sm">
          <Stack gap="sm">
            <div>
              <Title order={3} size="h5">
                {t('plan.legalBases')}
              </Title>
              <List size="sm">
                {(d.legal_bases ?? []).map((b, i) => (
                  <List.Item key={i}>
                    <strong>{b.reference}</strong>
                    {b.date ? ` ${t('plan.dated', { date: formatDate(b.date, i18n.language) })}` : ''} — {b.title}
                  </List.Item>
                ))}
              </List>
            </div>
            <div>
              <Title order={3} size="h5">
                {t('plan.purposes')} ({(d.purposes ?? []).length}) · {t('plan.requirements')} (
                {(d.requirements ?? []).length})
              </Title>
            </div>
            <div>
              <Title order={3} size="h5">
                {t('plan.recipients')} ({(d.recipients ?? []).length})
              </Title>
              <Text size="sm">{(d.recipients ?? []).join('; ')}</Text>
            </div>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/**
 * Plan import: upload the document, review the draft the parser made of it
 * (with every guess flagged), then create the plan in one step.
 */
export default function ImportPage() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<PlanImportPreview | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'preview' | 'create' | null>(null);
  const [groupMembers, setGroupMembers] = useState<GroupMembers>({});

  if (!permissions.importPlans) return <Navigate to="/plans" replace />;

  async function onPreview(e: FormEvent) {
    e.preventDefault();
    setPreview(null);
    setGroupMembers({});
    if (!file) return setLocal(t('import.chooseFile'));
    if (file.size > MAX_BYTES) return setLocal(t('import.tooLarge'));
    setLocal(null);
    setBusy('preview');
    setError(null);
    try {
      setPreview(await previewImport(file));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  async function onCreate() {
    if (!file) return;
    setBusy('create');
    setError(null);
    try {
      const result = await runImport(file, groupMembers);
      void queryClient.invalidateQueries({ queryKey: planKeys.all });
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
      void queryClient.invalidateQueries({ queryKey: unitKeys.groups });
      notifications.show({ color: 'green', message: t('import.created', { code: result.plan.code }) });
      navigate(`/plans/${result.plan.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to="/plans" size="sm">
        ← {t('nav.plans')}
      </Anchor>
      <Title order={1} size="h2">
        {t('plan.import')}
      </Title>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={onPreview} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('import.intro')}</Text>
            <FileInput
              label={t('import.file')}
              description={t('import.fileHint')}
              accept={ACCEPT}
              value={file}
              onChange={(f) => {
                setFile(f);
                setPreview(null);
                setError(null);
              }}
              clearable
              required
              error={local}
              placeholder={t('import.filePlaceholder')}
            />
            <Group>
              <Button type="submit" loading={busy === 'preview'} disabled={busy === 'create'}>
                {t('import.preview')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ErrorAlert
        error={error}
        title={isApiError(error) && [413, 415, 422].includes(error.status) ? t('import.notReadable') : undefined}
        generic={false}
      />
      {preview ? (
        <>
          <Preview preview={preview} />
          <GroupMembersReview
            preview={preview}
            chosen={groupMembers}
            onChoose={(key, ids) => setGroupMembers((m) => ({ ...m, [key]: ids }))}
          />
          <Paper withBorder p="md" radius="md">
            <Group justify="space-between" wrap="wrap">
              <Text size="sm">{t('import.createHint')}</Text>
              <Group gap="sm">
                <Button variant="default" onClick={() => setPreview(null)} disabled={busy !== null}>
                  {t('common.cancel')}
                </Button>
                <Button onClick={() => void onCreate()} loading={busy === 'create'}>
                  {t('import.create')}
                </Button>
              </Group>
            </Group>
          </Paper>
        </>
      ) : null}
    </Stack>
  );
}
