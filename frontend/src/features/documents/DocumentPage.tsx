import { useState, type FormEvent } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { formatDateTime } from '../../lib/formatDate';
import { parseTypedDate } from '../../lib/parseDate';
import { moderationKeys } from '../moderation/queries';
import { documentKeys, uploadVersion, useDocument, useVersion, useVersions } from './api';

const TONE = { added: 'green', changed: 'orange', unchanged: 'gray' } as const;

/** "I. Mục đích", without doubling a number the heading already starts with. */
const sectionTitle = (s: { number: string; heading: string }) => {
  const n = s.number.replace(/\.$/, '');
  return s.heading.startsWith(`${n}.`) || s.heading.startsWith(`${n} `)
    ? s.heading
    : `${s.number}. ${s.heading}`.trim();
};

/** One version's sections beside the previous version's, each marked added, changed or unchanged. */
function VersionDiff({ documentId, number }: { documentId: string; number: number }) {
  const { t } = useTranslation();
  const current = useVersion(documentId, number);
  const previous = useVersion(documentId, number > 1 ? number - 1 : null);
  if (current.isPending) return <PageLoader />;
  if (current.isError) return <ErrorAlert error={current.error} />;
  const before = new Map((previous.data?.sections ?? []).map((s) => [s.id, s]));
  const removed = (current.data.changes.removed ?? []).map((id) => before.get(id)).filter((s) => !!s);
  return (
    <Stack gap="sm" data-testid="version-diff">
      <Text size="sm" hidden={number === 1}>
        {t('documents.changes', {
          added: current.data.changes.added.length,
          changed: current.data.changes.changed.length,
          removed: current.data.changes.removed.length,
        })}
      </Text>
      {current.data.sections.map((s) => {
        const old = before.get(s.id);
        return (
          <Card key={s.id} withBorder padding="sm" data-change={s.change}>
            <Group gap="xs" wrap="wrap">
              <Text fw={600}>{sectionTitle(s)}</Text>
              {number > 1 ? (
                <Badge color={TONE[s.change]} variant="light" c={`${TONE[s.change]}.9`}>
                  {t(`documents.change.${s.change}`)}
                </Badge>
              ) : null}
            </Group>
            {s.change === 'changed' && old ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
                <div>
                  <Text size="xs" fw={600}>
                    {t('documents.before', { n: number - 1 })}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} bg="red.0" p={6}>
                    {old.text}
                  </Text>
                </div>
                <div>
                  <Text size="xs" fw={600}>
                    {t('documents.after', { n: number })}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} bg="green.0" p={6}>
                    {s.text}
                  </Text>
                </div>
              </SimpleGrid>
            ) : (
              <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-wrap' }} mt={4}>
                {s.text}
              </Text>
            )}
          </Card>
        );
      })}
      {removed.map((s) => (
        <Card key={s.id} withBorder padding="sm" data-change="removed">
          <Group gap="xs">
            <Text fw={600} td="line-through">
              {sectionTitle(s)}
            </Text>
            <Badge color="red" variant="light" c="red.9">
              {t('documents.change.removed')}
            </Badge>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

function isoStart(day: string) {
  return new Date(`${day}T00:00:00`).toISOString();
}
function isoEnd(day: string) {
  return new Date(`${day}T23:59:59`).toISOString();
}

/** Open a consultation on one version of the document. */
function NewConsultation({ documentId, version, title }: { documentId: string; version: number; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const today = new Date();
  const inDays = (n: number) => {
    const d = new Date(today);
    d.setDate(d.getDate() + n);
    return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
  };
  const [name, setName] = useState(`Lấy ý kiến: ${title}`);
  const [opens, setOpens] = useState(inDays(0));
  const [closes, setCloses] = useState(inDays(30));
  const [openNow, setOpenNow] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [invalid, setInvalid] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const from = parseTypedDate(opens);
    const to = parseTypedDate(closes);
    if (!from || !to) return setInvalid(t('errors.field.date'));
    setInvalid(null);
    setPending(true);
    setError(null);
    try {
      const created = await unwrap(
        api.POST('/consultations', {
          body: {
            document_id: documentId,
            document_version: version,
            title: name.trim(),
            opens_at: openNow ? new Date().toISOString() : isoStart(from),
            closes_at: isoEnd(to),
            status: openNow ? 'open' : 'draft',
          },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: moderationKeys.consultations });
      navigate(`/feedback/${created.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  }

  return (
    <Card withBorder padding="md" component="form" onSubmit={(e: FormEvent) => void submit(e)}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('documents.openConsultation', { n: version })}
        </Title>
        <TextInput
          label={t('consultationAdmin.title')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
        />
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            label={t('consultationAdmin.opens')}
            value={opens}
            onChange={(e) => setOpens(e.currentTarget.value)}
            disabled={openNow}
            error={invalid}
            miw={140}
          />
          <TextInput
            label={t('consultationAdmin.closes')}
            value={closes}
            onChange={(e) => setCloses(e.currentTarget.value)}
            error={invalid}
            miw={140}
          />
        </Group>
        <Checkbox
          label={t('consultationAdmin.openNow')}
          checked={openNow}
          onChange={(e) => setOpenNow(e.currentTarget.checked)}
        />
        <ErrorAlert error={error} />
        <Button type="submit" loading={pending} w="fit-content">
          {t('consultationAdmin.create')}
        </Button>
      </Stack>
    </Card>
  );
}

function NewVersion({
  documentId,
  etag,
  onDone,
}: {
  documentId: string;
  etag: string | null;
  onDone: (n: number) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setPending(true);
    setError(null);
    try {
      const v = await uploadVersion(documentId, file, note, etag);
      await queryClient.invalidateQueries({ queryKey: documentKeys.one(documentId) });
      await queryClient.invalidateQueries({ queryKey: documentKeys.list });
      setFile(null);
      setNote('');
      onDone(v.number);
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  }
  return (
    <Card withBorder padding="md" component="form" onSubmit={(e: FormEvent) => void submit(e)}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('documents.newVersion')}
        </Title>
        <FileInput
          label={t('documents.file')}
          description={t('documents.fileHint')}
          accept=".docx,.md,.txt"
          value={file}
          onChange={setFile}
          clearable
        />
        <TextInput label={t('documents.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <ErrorAlert error={error} />
        <Button type="submit" loading={pending} disabled={!file} w="fit-content">
          {t('documents.addVersion')}
        </Button>
      </Stack>
    </Card>
  );
}

/** One draft document: its versions, what each changed section by section, a new version, a consultation. */
export default function DocumentPage() {
  const { documentId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const permissions = usePermissions();
  const doc = useDocument(documentId);
  const versions = useVersions(documentId);
  const [shown, setShown] = useState<number | null>(null);
  if (doc.isPending) return <PageLoader />;
  if (doc.isError) return <ErrorAlert error={doc.error} />;
  const d = doc.data.data;
  const number = shown ?? d.current_version;
  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to="/documents" size="sm">
          ← {t('documents.title_page')}
        </Anchor>
        <Title order={1} fz={{ base: 'h3', sm: 'h2' }} mt={4}>
          {d.title}
        </Title>
        {d.description ? <Text size="sm">{d.description}</Text> : null}
      </div>
      <NativeSelect
        label={t('documents.showVersion')}
        value={String(number)}
        onChange={(e) => setShown(Number(e.currentTarget.value))}
        data={(versions.data ?? [])
          .slice()
          .reverse()
          .map((v) => ({
            value: String(v.number),
            label: `${t('documents.versionOf', { n: v.number })} · ${formatDateTime(v.created_at, i18n.language)}${v.note ? ` · ${v.note}` : ''}`,
          }))}
        maw={520}
      />
      <VersionDiff documentId={documentId} number={number} />
      {permissions.editConsultations ? (
        <>
          <NewVersion documentId={documentId} etag={doc.data.etag} onDone={(n) => setShown(n)} />
          <NewConsultation documentId={documentId} version={number} title={d.title} />
        </>
      ) : null}
    </Stack>
  );
}
