import { useEffect, useRef } from 'react';
import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { renderFile, saveBlob, useRender, type Render } from './api';

const STAGES = ['queued', 'assembling', 'typesetting', 'storing', 'retrying', 'done', 'failed'] as const;
type Stage = (typeof STAGES)[number];

function stageOf(render: Render): Stage {
  return (STAGES as readonly string[]).includes(render.stage) ? (render.stage as Stage) : 'queued';
}

/** Fetch a finished render and hand it to the browser as a file. */
export async function downloadRender(render: Render) {
  saveBlob(await renderFile(render.id), render.filename ?? `bao-cao.${render.format}`);
}

/**
 * A document being rendered in the background: its stage and percentage while it runs,
 * then a download button (a browser only saves files on a click, so it is not automatic).
 * ``onDone`` is told once the render is done (the review's preview uses it).
 */
export function RenderProgress({ initial, onDone }: { initial: Render; onDone?: (render: Render) => void }) {
  const { t } = useTranslation();
  const { data: render, error } = useRender(initial);
  const told = useRef(false);
  useEffect(() => {
    if (render.state === 'done' && onDone && !told.current) {
      told.current = true;
      onDone(render);
    }
  }, [render, onDone]);
  const fmt = render.format.toUpperCase();
  const running = render.state === 'queued' || render.state === 'running';
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`render-${render.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {fmt} · {t(`reports2.render.${stageOf(render)}`)}
          </Text>
          {running ? (
            <Text size="sm" c="dimmed">
              {render.progress}%
            </Text>
          ) : null}
        </Group>
        {running ? (
          <>
            <Progress
              value={Math.max(render.progress, 3)}
              animated
              aria-label={t('reports2.render.progressLabel', { fmt })}
            />
            <Text size="xs" c="dimmed">
              {t('reports2.render.large')}
            </Text>
          </>
        ) : null}
        {render.state === 'done' ? (
          <Group>
            <Button size="xs" onClick={() => void downloadRender(render)}>
              {t('reports2.render.download', { name: render.filename ?? fmt })}
            </Button>
          </Group>
        ) : null}
        {render.state === 'failed' ? (
          <Alert color="red" variant="light" p="xs">
            {render.error ?? t('reports2.render.failed')}
          </Alert>
        ) : null}
        {error ? (
          <Text size="xs" c="red.8">
            {String((error as Error).message ?? error)}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
