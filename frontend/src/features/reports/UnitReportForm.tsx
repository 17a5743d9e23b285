import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { formatDate } from '../../lib/formatDate';
import {
  acceptReport,
  reportKeys,
  reportRights,
  requestReportRender,
  returnReport,
  saveReport,
  submitReport,
  useUnitReport,
  type Render,
  type ReportUpdate,
  type UnitReport,
} from './api';
import { downloadRender, RenderProgress } from './RenderProgress';

const AUTOSAVE_MS = 1500;
const FIGURES = ['events', 'participants', 'articles', 'banners'] as const;

type Draft = {
  difficulties: string;
  proposals: string;
  lines: Record<string, string>;
  figures: UnitReport['figures'];
};

function draftOf(r: UnitReport): Draft {
  return {
    lines: Object.fromEntries(r.task_lines.map((l) => [l.task_id, l.done_text])),
    figures: r.figures,
    difficulties: r.difficulties,
    proposals: r.proposals,
  };
}

/** A unit's periodic report: prefilled from its progress notes, saved as it is typed, then submitted. */
export function UnitReportForm() {
  const { reportId = '' } = useParams();
  const query = useUnitReport(reportId);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return <ReportEditor key={reportId} initial={query.data.data} etag={query.data.etag ?? '*'} />;
}

function ReportEditor({ initial, etag: initialEtag }: { initial: UnitReport; etag: string }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const rights = reportRights(user);
  const queryClient = useQueryClient();
  const [report, setReport] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState<Date | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [comment, setComment] = useState('');
  const [renders, setRenders] = useState<Render[]>([]);
  const etag = useRef(initialEtag);
  const editable = rights.writeOwn && report.unit_id === rights.unitId && ['draft', 'returned'].includes(report.status);

  function change(next: Partial<Draft>) {
    setDraft((d) => ({ ...d, ...next }));
    setDirty(true);
  }

  async function save(): Promise<boolean> {
    try {
      const body: ReportUpdate = {
        task_lines: Object.entries(draft.lines).map(([task_id, done_text]) => ({ task_id, done_text })),
        figures: draft.figures.map(({ channel_id, events, participants, articles, banners }) => ({
          channel_id,
          events,
          participants,
          articles,
          banners,
        })),
        difficulties: draft.difficulties,
        proposals: draft.proposals,
      };
      const result = await saveReport(report.id, etag.current, body);
      etag.current = result.etag ?? etag.current;
      setReport(result.data);
      setDirty(false);
      setSaved(new Date());
      return true;
    } catch (err) {
      setError(err);
      return false;
    }
  }

  // Autosave: a pause in typing saves the draft (officers often report from a phone).
  useEffect(() => {
    if (!dirty || !editable) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, dirty]);

  async function act(action: () => Promise<{ data: UnitReport; etag: string | null }>) {
    setError(null);
    try {
      const result = await action();
      etag.current = result.etag ?? etag.current;
      setReport(result.data);
      void queryClient.invalidateQueries({ queryKey: reportKeys.board(result.data.period_id) });
    } catch (err) {
      setError(err);
    }
  }

  async function download(fmt: 'docx' | 'pdf') {
    try {
      const render = await requestReportRender(report.id, fmt);
      if (render.state === 'done') await downloadRender(render);
      else setRenders((rs) => [render, ...rs.filter((r) => r.id !== render.id)]);
    } catch (err) {
      setError(err);
    }
  }

  async function submit() {
    if (dirty && !(await save())) return;
    await act(() => submitReport(report.id));
  }

  return (
    <Stack gap="md" maw={760}>
      <Title order={2} size="h4">
        {report.unit_name} · {report.period_label}
      </Title>
      <Text size="sm" c="dimmed">
        {t(`reports.status.${report.status}`)} · {t('reports.periods.due')} {formatDate(report.due_on, i18n.language)}
        {report.late ? ` · ${t('reports.form.sentLate')}` : ''}
      </Text>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => void download('docx')}>
          {t('reports.form.downloadDocx')}
        </Button>
        <Button size="xs" variant="default" onClick={() => void download('pdf')}>
          {t('reports.form.downloadPdf')}
        </Button>
      </Group>
      {renders.map((r) => (
        <RenderProgress key={r.id} initial={r} />
      ))}
      {report.status === 'returned' && report.review_comment ? (
        <Alert color="yellow" c="dark.8" title={t('reports.form.returned')}>
          {report.review_comment}
        </Alert>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      <Title order={3} size="h5">
        {t('reports.form.work')}
      </Title>
      {report.task_lines.length === 0 ? <Text c="dimmed">{t('reports.form.noTasks')}</Text> : null}
      {report.task_lines.map((line) => (
        <Textarea
          key={line.task_id}
          label={line.title}
          description={`${line.percent}%`}
          autosize
          minRows={2}
          readOnly={!editable}
          value={draft.lines[line.task_id] ?? ''}
          onChange={(e) => change({ lines: { ...draft.lines, [line.task_id]: e.currentTarget.value } })}
        />
      ))}
      <Title order={3} size="h5">
        {t('reports.form.figures')}
      </Title>
      {draft.figures.map((f, index) => (
        <Card key={f.channel_id ?? `other-${index}`} withBorder padding="sm">
          <Text fw={600} size="sm" mb="xs">
            {f.channel ?? t('reports.form.otherChannel')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
            {FIGURES.map((name) => (
              <NumberInput
                key={name}
                label={t(`reports.figures.${name}`)}
                min={0}
                readOnly={!editable}
                value={f[name] ?? 0}
                onChange={(v) =>
                  change({
                    figures: draft.figures.map((g, i) => (i === index ? { ...g, [name]: Number(v) || 0 } : g)),
                  })
                }
              />
            ))}
          </SimpleGrid>
        </Card>
      ))}
      <Textarea
        label={t('reports.form.difficulties')}
        autosize
        minRows={2}
        readOnly={!editable}
        value={draft.difficulties}
        onChange={(e) => change({ difficulties: e.currentTarget.value })}
      />
      <Textarea
        label={t('reports.form.proposals')}
        autosize
        minRows={2}
        readOnly={!editable}
        value={draft.proposals}
        onChange={(e) => change({ proposals: e.currentTarget.value })}
      />
      {editable ? (
        <Group justify="space-between">
          <Text size="xs" c="dimmed" aria-live="polite">
            {dirty ? t('reports.form.unsaved') : saved ? t('reports.form.saved') : ''}
          </Text>
          <Button onClick={() => void submit()}>{t('reports.form.submit')}</Button>
        </Group>
      ) : null}
      {rights.review && report.status === 'submitted' ? (
        <Card withBorder>
          <Stack gap="sm">
            <Textarea
              label={t('reports.form.returnComment')}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
            />
            <Group gap="sm">
              <Button onClick={() => void act(() => acceptReport(report.id))}>{t('reports.form.accept')}</Button>
              <Button
                variant="default"
                disabled={!comment.trim()}
                onClick={() => void act(() => returnReport(report.id, comment.trim()))}
              >
                {t('reports.form.return')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
