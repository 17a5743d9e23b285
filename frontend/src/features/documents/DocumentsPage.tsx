import { useState, type FormEvent } from 'react';
import {
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime } from '../../lib/formatDate';
import { createDocument, documentKeys, uploadDocument, useDocuments, type SectionDraft } from './api';

const ACCEPT = '.docx,.md,.txt';

/** Sections typed one by one: number, heading, text. */
export function SectionsEditor({
  sections,
  onChange,
}: {
  sections: SectionDraft[];
  onChange: (next: SectionDraft[]) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<SectionDraft>) =>
    onChange(sections.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <Stack gap="sm">
      {sections.map((s, i) => (
        <Card key={i} withBorder padding="sm" component="fieldset" style={{ margin: 0 }}>
          <Text component="legend" size="sm" fw={600} px={4}>
            {t('documents.sectionN', { n: i + 1 })}
          </Text>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('documents.number')}
              value={s.number}
              onChange={(e) => set(i, { number: e.currentTarget.value })}
              maw={140}
              miw={100}
            />
            <TextInput
              label={t('documents.heading')}
              value={s.heading}
              onChange={(e) => set(i, { heading: e.currentTarget.value })}
              miw={200}
            />
          </Group>
          <Textarea
            label={t('documents.text')}
            autosize
            minRows={3}
            value={s.text}
            onChange={(e) => set(i, { text: e.currentTarget.value })}
            mt="xs"
          />
          {sections.length > 1 ? (
            <Button
              variant="subtle"
              color="red"
              c="red.9"
              size="compact-sm"
              mt={4}
              onClick={() => onChange(sections.filter((_, j) => j !== i))}
            >
              {t('documents.removeSection', { n: i + 1 })}
            </Button>
          ) : null}
        </Card>
      ))}
      <Button
        variant="default"
        w="fit-content"
        onClick={() => onChange([...sections, { number: String(sections.length + 1), heading: '', text: '' }])}
      >
        {t('documents.addSection')}
      </Button>
    </Stack>
  );
}

function NewDocument() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'upload' | 'sections'>('upload');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sections, setSections] = useState<SectionDraft[]>([{ number: 'I', heading: '', text: '' }]);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setPending(true);
    try {
      const doc =
        mode === 'upload'
          ? await uploadDocument(file!, title)
          : await createDocument(
              title,
              description,
              sections.filter((s) => s.number.trim() || s.text.trim()),
            );
      await queryClient.invalidateQueries({ queryKey: documentKeys.list });
      navigate(`/documents/${doc.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  }

  const ready = mode === 'upload' ? !!file : !!title.trim() && sections.some((s) => s.number.trim());
  return (
    <Card withBorder padding="md" component="form" onSubmit={(e: FormEvent) => void submit(e)}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('documents.new')}
        </Title>
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'upload' | 'sections')}
          data={[
            { value: 'upload', label: t('documents.fromFile') },
            { value: 'sections', label: t('documents.fromSections') },
          ]}
          w="fit-content"
        />
        <TextInput
          label={t('documents.title')}
          description={mode === 'upload' ? t('documents.titleFromFile') : undefined}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required={mode === 'sections'}
        />
        {mode === 'upload' ? (
          <FileInput
            label={t('documents.file')}
            description={t('documents.fileHint')}
            accept={ACCEPT}
            value={file}
            onChange={setFile}
            clearable
            data-testid="document-file"
          />
        ) : (
          <>
            <Textarea
              label={t('documents.description')}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <SectionsEditor sections={sections} onChange={setSections} />
          </>
        )}
        <ErrorAlert error={error} />
        <Button type="submit" loading={pending} disabled={!ready} w="fit-content">
          {t('documents.create')}
        </Button>
      </Stack>
    </Card>
  );
}

/** Draft documents: what consultations are opened on. */
export default function DocumentsPage() {
  const { t, i18n } = useTranslation();
  const permissions = usePermissions();
  const documents = useDocuments();
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('documents.title_page')}
      </Title>
      {documents.isPending ? <PageLoader /> : null}
      {documents.isError ? <ErrorAlert error={documents.error} /> : null}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {documents.data?.items.map((d) => (
          <Card component="li" key={d.id} withBorder padding="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Anchor component={Link} to={`/documents/${d.id}`} fw={600} c="civic.8">
                {d.title}
              </Anchor>
              <StatusBadge tone={d.status === 'published' ? 'success' : d.status === 'draft' ? 'warning' : 'neutral'}>
                {t(`documents.status.${d.status}`)}
              </StatusBadge>
            </Group>
            <Text size="sm">
              {t('documents.versionOf', { n: d.current_version })} · {formatDateTime(d.updated_at, i18n.language)}
            </Text>
          </Card>
        ))}
      </Stack>
      {permissions.editConsultations ? <NewDocument /> : null}
    </Stack>
  );
}
