import { useEffect, useRef, useState } from 'react';
import { Button, Group, Menu, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import {
  issueReview,
  renderFile,
  reportKeys,
  reportRights,
  requestReviewRender,
  saveReview,
  useReview,
  type Render,
  type Review,
  type ReviewHeader,
  type ReviewTexts,
} from './api';
import { downloadRender, RenderProgress } from './RenderProgress';

const TEXTS = ['opening', 'highlights', 'shortcomings', 'lessons', 'proposals', 'next_steps'] as const;
const HEADER = ['parent_body', 'issuer', 'number_symbol', 'place', 'signer_title', 'signer_name'] as const;

/** Write a review's text parts, preview the PDF, issue numbered versions, download DOCX or PDF. */
export function ReviewEditor() {
  const { reviewId = '' } = useParams();
  const query = useReview(reviewId);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return <Editor key={reviewId} initial={query.data.data} etag={query.data.etag ?? '*'} />;
}

function Editor({ initial, etag: initialEtag }: { initial: Review; etag: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const canWrite = reportRights(user).writeReviews;
  const queryClient = useQueryClient();
  const [review, setReview] = useState(initial);
  const [texts, setTexts] = useState<ReviewTexts>(initial.texts);
  const [header, setHeader] = useState<ReviewHeader>(initial.header);
  const [recipients, setRecipients] = useState((initial.header.recipients ?? []).join('\n'));
  const [preview, setPreview] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // Large documents render in the background: followed here until they can be downloaded.
  const [renders, setRenders] = useState<Render[]>([]);
  const [previewRender, setPreviewRender] = useState<Render | null>(null);
  const [error, setError] = useState<unknown>(null);
  const etag = useRef(initialEtag);

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  async function run(name: string, step: () => Promise<void>) {
    setBusy(name);
    setError(null);
    try {
      await step();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  const save = () =>
    run('save', async () => {
      const body = {
        texts,
        header: {
          ...header,
          recipients: recipients
            .split('\n')
            .map((r) => r.trim())
            .filter(Boolean),
        },
      };
      const result = await saveReview(review.id, etag.current, body);
      etag.current = result.etag ?? etag.current;
      setReview(result.data);
      void queryClient.invalidateQueries({ queryKey: reportKeys.reviews(review.plan_id) });
      notifications.show({ color: 'green', message: t('reports.review.saved') });
    });

  const openPreview = async (render: Render) => {
    setPreview(URL.createObjectURL(await renderFile(render.id)));
    setPreviewRender(null);
  };

  const showPreview = () =>
    run('preview', async () => {
      const render = await requestReviewRender(review.id, 'pdf', null);
      if (render.state === 'done') await openPreview(render);
      else setPreviewRender(render);
    });

  const issue = () =>
    run('issue', async () => {
      const issued = await issueReview(review.id);
      setReview((r) => ({ ...r, status: 'issued', issues: [...r.issues, issued] }));
      notifications.show({ color: 'green', message: t('reports.review.issued', { number: issued.number }) });
    });

  const download = (fmt: 'docx' | 'pdf', number: number | null) =>
    run(`download-${fmt}`, async () => {
      const render = await requestReviewRender(review.id, fmt, number);
      if (render.state === 'done') await downloadRender(render);
      else setRenders((rs) => [render, ...rs.filter((r) => r.id !== render.id)]);
    });

  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {review.title}
      </Title>
      <Text size="sm" c="dimmed">
        {t(`reports.reviews.status.${review.status}`)} · {t('reports.review.asOf', { date: review.as_of })}
      </Text>
      {error ? <ErrorAlert error={error} /> : null}
      <Group gap="sm" wrap="wrap">
        {canWrite ? (
          <Button onClick={() => void save()} loading={busy === 'save'}>
            {t('common.save')}
          </Button>
        ) : null}
        <Button variant="default" onClick={() => void showPreview()} loading={busy === 'preview'}>
          {t('reports.review.preview')}
        </Button>
        {canWrite ? (
          <Button variant="default" onClick={() => void issue()} loading={busy === 'issue'}>
            {t('reports.review.issue')}
          </Button>
        ) : null}
        <Menu>
          <Menu.Target>
            <Button variant="default" loading={busy?.startsWith('download-')}>
              {t('reports.review.download')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {[null, ...review.issues.map((i) => i.number)].map((n) =>
              (['docx', 'pdf'] as const).map((fmt) => (
                <Menu.Item key={`${n}-${fmt}`} onClick={() => void download(fmt, n)}>
                  {n === null ? t('reports.review.draftFile', { fmt }) : t('reports.review.issueFile', { n, fmt })}
                </Menu.Item>
              )),
            )}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {previewRender ? (
        <RenderProgress initial={previewRender} onDone={(r) => void run('preview', () => openPreview(r))} />
      ) : null}
      {renders.map((r) => (
        <RenderProgress key={r.id} initial={r} />
      ))}
      {TEXTS.map((key) => (
        <Textarea
          key={key}
          label={t(`reports.review.texts.${key}`)}
          autosize
          minRows={3}
          readOnly={!canWrite}
          value={texts[key] ?? ''}
          onChange={(e) => setTexts({ ...texts, [key]: e.currentTarget.value })}
        />
      ))}
      <Title order={3} size="h5">
        {t('reports.review.header')}
      </Title>
      {HEADER.map((key) => (
        <TextInput
          key={key}
          label={t(`reports.review.headerFields.${key}`)}
          readOnly={!canWrite}
          value={header[key] ?? ''}
          onChange={(e) => setHeader({ ...header, [key]: e.currentTarget.value })}
        />
      ))}
      <Textarea
        label={t('reports.review.recipients')}
        autosize
        minRows={3}
        readOnly={!canWrite}
        value={recipients}
        onChange={(e) => setRecipients(e.currentTarget.value)}
      />
      {preview ? (
        <iframe title={t('reports.review.preview')} src={preview} style={{ width: '100%', height: 800, border: 0 }} />
      ) : null}
    </Stack>
  );
}
