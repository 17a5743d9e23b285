import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Box, Button, CloseButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { DraftSection, FeedbackReceipt } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { StatusBadge, toneForStatus } from '../components/StatusBadge';
import { formatDateTime } from '../lib/formatDate';
import { passageFromRange, type Passage } from './passage';
import { usePublicConsultation } from './queries';
import { consultationState } from './windowState';

// Reading comes first: the form's code loads when someone heads for a comment button.
const loadFeedbackForm = () => import('./FeedbackForm');
const FeedbackForm = lazy(() => loadFeedbackForm().then((m) => ({ default: m.FeedbackForm })));
const prefetchForm = { onPointerEnter: loadFeedbackForm, onFocus: loadFeedbackForm, onTouchStart: loadFeedbackForm };

interface Target {
  sectionId: string | null;
  passage: Passage | null;
}

function sectionLabel(s: DraftSection): string {
  return [s.number, s.heading].filter(Boolean).join('. ');
}

/** The section text, with the passage being commented on marked. */
function SectionText({ section, highlight }: { section: DraftSection; highlight: Passage | null }) {
  const text = section.text;
  if (!highlight) return <>{text}</>;
  const [s, e] = highlight.utf16;
  return (
    <>
      {text.slice(0, s)}
      <mark>{text.slice(s, e)}</mark>
      {text.slice(e)}
    </>
  );
}

export default function ConsultationPage() {
  const { consultationId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const query = usePublicConsultation(consultationId);
  const [target, setTarget] = useState<Target | null>(null);
  // The last non-empty selection inside a section. Kept when the selection
  // collapses, because tapping a button on a phone clears the selection first.
  const [selected, setSelected] = useState<{ sectionId: string; passage: Passage } | null>(null);
  const textRefs = useRef(new Map<string, HTMLElement>());
  const sections = query.data?.sections;

  const captureSelection = useCallback(() => {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !sections) return;
    const range = sel.getRangeAt(0);
    for (const section of sections) {
      const el = textRefs.current.get(section.id);
      if (!el) continue;
      const passage = passageFromRange(el, range, section.text);
      if (passage) {
        setSelected({ sectionId: section.id, passage });
        return;
      }
    }
  }, [sections]);

  useEffect(() => {
    document.addEventListener('selectionchange', captureSelection);
    return () => document.removeEventListener('selectionchange', captureSelection);
  }, [captureSelection]);

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const c = query.data;
  const state = consultationState(c);
  const open = state === 'open';

  function onSubmitted(receipt: FeedbackReceipt) {
    navigate(`/public/consultations/${consultationId}/submitted/${encodeURIComponent(receipt.receipt_code)}`, {
      state: { receipt, consultationTitle: c.title },
    });
  }

  function openForm(sectionId: string | null, passage: Passage | null) {
    setTarget({ sectionId, passage });
    window.getSelection()?.removeAllRanges();
  }

  return (
    <Stack gap="lg">
      <div>
        <Group gap="xs" align="center">
          <StatusBadge tone={toneForStatus(state)}>{t(`public.window.${state}`)}</StatusBadge>
          <Text size="sm" c="dimmed">
            {t('public.windowRange', {
              from: formatDateTime(c.opens_at, i18n.language),
              to: formatDateTime(c.closes_at, i18n.language),
            })}
          </Text>
        </Group>
        <Title order={1} mt="xs" fz={{ base: 'h2', sm: 'h1' }}>
          {c.title}
        </Title>
        <Text mt={4}>{t('public.documentVersion', { title: c.document.title, version: c.document.version })}</Text>
      </div>

      {open ? (
        <Alert variant="light" color="civic" c="dark.8" title={t('public.howToTitle')}>
          {t('public.howTo')}
        </Alert>
      ) : (
        <Alert variant="light" color="yellow" c="dark.8" role="status">
          {state === 'closed' ? t('public.closedNotice') : t('public.scheduledNotice')}
        </Alert>
      )}

      {sections && sections.length > 1 ? (
        <nav aria-label={t('public.contents')}>
          <Title order={2} size="h4" mb="xs">
            {t('public.contents')}
          </Title>
          <Stack gap={2} component="ol" style={{ paddingLeft: '1.25rem', margin: 0 }}>
            {sections.map((s) => (
              <li key={s.id}>
                <Anchor href={`#section-${s.id}`} size="sm">
                  {sectionLabel(s)}
                </Anchor>
              </li>
            ))}
          </Stack>
        </nav>
      ) : null}

      {sections?.map((s) => {
        const isTarget = target?.sectionId === s.id;
        const selection = selected?.sectionId === s.id ? selected.passage : null;
        return (
          <Paper
            key={s.id}
            component="section"
            id={`section-${s.id}`}
            aria-labelledby={`section-${s.id}-heading`}
            withBorder
            p={{ base: 'sm', sm: 'md' }}
            radius="md"
          >
            <Title order={2} size="h3" id={`section-${s.id}-heading`}>
              {sectionLabel(s)}
            </Title>
            <Text
              component="div"
              className="section-text"
              mt="xs"
              data-section-id={s.id}
              ref={(el: HTMLDivElement | null) => {
                if (el) textRefs.current.set(s.id, el);
                else textRefs.current.delete(s.id);
              }}
            >
              <SectionText section={s} highlight={isTarget ? target.passage : null} />
            </Text>

            {open && !isTarget ? (
              <Stack gap="xs" mt="sm">
                {selection ? (
                  <Box
                    p="xs"
                    style={{
                      background: 'var(--mantine-color-yellow-0)',
                      borderRadius: 4,
                      border: '1px solid var(--mantine-color-yellow-4)',
                    }}
                  >
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Text size="sm" lineClamp={3}>
                        {t('public.selected', { quote: selection.quote })}
                      </Text>
                      <CloseButton aria-label={t('public.clearSelection')} onClick={() => setSelected(null)} />
                    </Group>
                    <Button size="xs" mt="xs" onClick={() => openForm(s.id, selection)} {...prefetchForm}>
                      {t('public.commentOnPassage')}
                    </Button>
                  </Box>
                ) : null}
                <Button
                  variant="default"
                  size="sm"
                  w="fit-content"
                  onClick={() => openForm(s.id, null)}
                  {...prefetchForm}
                >
                  {t('public.commentOnSection')}
                </Button>
              </Stack>
            ) : null}

            {open && isTarget ? (
              <Paper withBorder p="sm" mt="sm" radius="md" bg="gray.0">
                <Suspense fallback={<PageLoader />}>
                  <FeedbackForm
                    consultationId={consultationId}
                    section={{ id: s.id, label: sectionLabel(s) }}
                    passage={target.passage}
                    onClearPassage={() => setTarget({ sectionId: s.id, passage: null })}
                    onSubmitted={onSubmitted}
                    onCancel={() => setTarget(null)}
                  />
                </Suspense>
              </Paper>
            ) : null}
          </Paper>
        );
      })}

      {open ? (
        <Paper
          withBorder
          p={{ base: 'sm', sm: 'md' }}
          radius="md"
          component="section"
          aria-label={t('feedback.titleDocument')}
        >
          {target?.sectionId === null ? (
            <Suspense fallback={<PageLoader />}>
              <FeedbackForm
                consultationId={consultationId}
                onSubmitted={onSubmitted}
                onCancel={() => setTarget(null)}
              />
            </Suspense>
          ) : (
            <Button variant="default" onClick={() => openForm(null, null)} {...prefetchForm}>
              {t('public.commentOnDocument')}
            </Button>
          )}
        </Paper>
      ) : null}
    </Stack>
  );
}
