import { useId, useState } from 'react';
import { Accordion, Badge, Grid, List, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Milestone, Plan } from '../../api/types';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { formatDate, todayIn } from '../../lib/formatDate';
import { useBaselineSchedule } from '../reports/api';
import { PlanUnitGroups } from '../units/PlanUnitGroups';
import { useUnitDirectory } from '../units/queries';
import { MoveMilestoneDialog } from './MoveMilestoneDialog';
import { useChannels, useMilestones, usePhases } from './queries';
import { orderPhases, phaseName, Timeline } from './Timeline';
import { Agenda } from './Agenda';
import { useMediaQuery } from '@mantine/hooks';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="xs" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export default function PlanOverview({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const permissions = usePermissions();
  const { directory } = useUnitDirectory();
  const phases = usePhases(plan.id);
  const milestones = useMilestones(plan.id);
  const channels = useChannels(plan.id);
  const [moving, setMoving] = useState<{ milestone: Milestone; date: string } | null>(null);
  // Under 600 px a chart would leave a few pixels per month: the timeline becomes an agenda.
  const narrow = useMediaQuery('(max-width: 599px)', false, { getInitialValueInEffect: false }) ?? false;
  const [showBaseline, setShowBaseline] = useState(false);
  const baseline = useBaselineSchedule(plan.id, showBaseline && !narrow);

  return (
    <Stack gap="md">
      <PlanUnitGroups planId={plan.id} />
      <Section title={t('timeline.title')}>
        {phases.isPending || milestones.isPending ? <PageLoader /> : null}
        {phases.isError ? <ErrorAlert error={phases.error} /> : null}
        {milestones.isError ? <ErrorAlert error={milestones.error} /> : null}
        {phases.data && milestones.data ? (
          <>
            {permissions.editPlans && !narrow ? (
              <Text size="sm" c="dimmed" mb="xs">
                {t('timeline.editHint')}
              </Text>
            ) : null}
            {narrow ? (
              <Agenda phases={phases.data} milestones={milestones.data} today={todayIn(plan.effective_timezone)} />
            ) : (
              <>
                <Switch
                  mb="xs"
                  size="sm"
                  label={t('reports2.timeline.showBaseline')}
                  checked={showBaseline}
                  onChange={(e) => setShowBaseline(e.currentTarget.checked)}
                />
                {showBaseline && baseline.isError ? <ErrorAlert error={baseline.error} /> : null}
                {showBaseline && baseline.data === null ? (
                  <Text size="sm" c="dimmed" mb="xs">
                    {t('reports2.timeline.noBaseline')}
                  </Text>
                ) : null}
                {showBaseline && baseline.data ? (
                  <Text size="sm" c="dimmed" mb="xs">
                    {t('reports2.timeline.baselineLegend', {
                      number: baseline.data.baseline.number,
                      date: formatDate(baseline.data.baseline.created_at.slice(0, 10), i18n.language),
                    })}
                  </Text>
                ) : null}
                <Timeline
                  phases={phases.data}
                  milestones={milestones.data}
                  baseline={showBaseline ? baseline.data : null}
                  today={todayIn(plan.effective_timezone)}
                  onMoveMilestone={
                    permissions.editPlans ? (milestone, date) => setMoving({ milestone, date }) : undefined
                  }
                />
              </>
            )}
          </>
        ) : null}
      </Section>

      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section title={t('plan.purposes')}>
            <List size="sm" spacing={4}>
              {plan.purposes.map((p, i) => (
                <List.Item key={i}>{p}</List.Item>
              ))}
            </List>
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section title={t('plan.requirements')}>
            <List size="sm" spacing={4}>
              {plan.requirements.map((p, i) => (
                <List.Item key={i}>{p}</List.Item>
              ))}
            </List>
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section title={t('plan.legalBases')}>
            <List size="sm" spacing={4}>
              {plan.legal_bases.map((b, i) => (
                <List.Item key={i}>
                  <strong>{b.reference}</strong>
                  {b.date ? ` ${t('plan.dated', { date: formatDate(b.date, i18n.language) })}` : ''} — {b.title}
                </List.Item>
              ))}
            </List>
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section title={t('plan.recipients')}>
            <List size="sm" spacing={2}>
              {plan.recipients.map((r, i) => (
                <List.Item key={i}>{r}</List.Item>
              ))}
            </List>
          </Section>
        </Grid.Col>
      </Grid>

      {phases.data?.length ? (
        <Section title={t('plan.topics')}>
          <Accordion multiple variant="separated">
            {orderPhases(phases.data).map(({ phase, depth }) => (
              <Accordion.Item key={phase.id} value={phase.id} ml={depth ? 'md' : 0}>
                <Accordion.Control>
                  {phaseName(phase, t('timeline.phaseLabel', { label: phase.label }))}{' '}
                  <Badge variant="light" color="gray" c="dark.7" ml={4}>
                    {t('plan.topicCount', { count: phase.topics.length })}
                  </Badge>
                </Accordion.Control>
                <Accordion.Panel>
                  {phase.topics.length ? (
                    <List size="sm" spacing={4} type="ordered">
                      {phase.topics.map((topic, i) => (
                        <List.Item key={i}>{topic}</List.Item>
                      ))}
                    </List>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('plan.noTopics')}
                    </Text>
                  )}
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Section>
      ) : null}

      {channels.data?.length ? (
        <Section title={t('plan.channels')}>
          <Stack gap="sm">
            {channels.data.map((c) => (
              <div key={c.id}>
                <Text fw={600} size="sm">
                  {c.label}. {c.title}
                </Text>
                {c.items.length ? (
                  <List size="sm" spacing={2} ml="sm">
                    {c.items.map((item, i) => (
                      <List.Item key={i}>{item}</List.Item>
                    ))}
                  </List>
                ) : null}
              </div>
            ))}
          </Stack>
        </Section>
      ) : null}

      {moving ? (
        <MoveMilestoneDialog
          planId={plan.id}
          milestone={moving.milestone}
          proposedDate={moving.date}
          onClose={() => setMoving(null)}
          unitName={directory.name}
        />
      ) : null}
    </Stack>
  );
}
