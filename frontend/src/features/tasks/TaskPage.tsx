import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../auth/AuthContext';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge, toneForStatus } from '../../components/StatusBadge';
import { formatDate } from '../../lib/formatDate';
import { ProgressUpdateForm } from '../progress/ProgressUpdateForm';
import { taskKeys, useTask } from './queries';
import { TaskEditForm } from './TaskEditForm';

export default function TaskPage() {
  const { taskId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const query = useTask(taskId);
  const [editing, setEditing] = useState(false);

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const { data: task, etag } = query.data;
  const myUnit = user?.unit_id ?? null;

  return (
    <Stack gap="md" maw={900}>
      <div>
        <Group gap="xs">
          {task.source_section ? <Text c="dimmed">{task.source_section}</Text> : null}
          <StatusBadge tone={toneForStatus(task.overdue ? 'overdue' : task.status)}>
            {task.overdue
              ? t('task.overdue')
              : t(`assignmentStatus.${task.status}` as 'assignmentStatus.done', { defaultValue: task.status })}
          </StatusBadge>
        </Group>
        <Title order={1} size="h2" mt={4}>
          {task.title}
        </Title>
        {task.due_date ? <Text mt={4}>{t('task.due', { date: formatDate(task.due_date, i18n.language) })}</Text> : null}
      </div>

      {editing ? (
        <Paper withBorder p="md" radius="md">
          <TaskEditForm task={task} etag={etag} onDone={() => setEditing(false)} />
        </Paper>
      ) : (
        <>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{task.body}</Text>
          {can.editTasks ? (
            <Button variant="default" w="fit-content" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          ) : null}
        </>
      )}

      {myUnit && can.canUpdateAssignment(myUnit) ? (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="progress-heading">
          <Title order={2} size="h4" id="progress-heading" mb="sm">
            {t('progress.title')}
          </Title>
          <ProgressUpdateForm
            taskId={task.id}
            unitId={myUnit}
            onSaved={() => void queryClient.invalidateQueries({ queryKey: taskKeys.task(task.id) })}
          />
        </Paper>
      ) : null}
    </Stack>
  );
}
