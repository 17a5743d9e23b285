/** Writes for the plan editor. List rows carry no ETag: each edit reads the resource first. */
import { api, unwrap, unwrapWithEtag } from '../../api/client';
import type { DateRef, PlanUpdate } from '../../api/types';

export type PhaseBody = { label: string; title: string; topics: string[]; start: DateRef | null; end: DateRef | null };
export type MilestoneBody = {
  title: string;
  kind: 'event' | 'deadline' | 'review';
  date: string | null;
  precision: 'day' | 'month' | 'quarter' | 'year' | null;
};
export type ChannelBody = { label: string; title: string; items: string[] };

async function etagOf(read: Promise<{ etag: string | null }>): Promise<string> {
  return (await read).etag ?? '';
}

export async function savePlan(planId: string, body: PlanUpdate) {
  const etag = await etagOf(unwrapWithEtag(api.GET('/plans/{plan_id}', { params: { path: { plan_id: planId } } })));
  return unwrapWithEtag(
    api.PATCH('/plans/{plan_id}', { params: { path: { plan_id: planId }, header: { 'If-Match': etag } }, body }),
  );
}

export const addPhase = (planId: string, body: PhaseBody) =>
  unwrap(api.POST('/plans/{plan_id}/phases', { params: { path: { plan_id: planId } }, body }));

export async function savePhase(id: string, body: PhaseBody) {
  const path = { phase_id: id };
  const etag = await etagOf(unwrapWithEtag(api.GET('/phases/{phase_id}', { params: { path } })));
  return unwrap(api.PATCH('/phases/{phase_id}', { params: { path, header: { 'If-Match': etag } }, body }));
}

export async function deletePhase(id: string) {
  const path = { phase_id: id };
  const etag = await etagOf(unwrapWithEtag(api.GET('/phases/{phase_id}', { params: { path } })));
  return unwrap(api.DELETE('/phases/{phase_id}', { params: { path, header: { 'If-Match': etag } } }));
}

export const addMilestone = (planId: string, body: MilestoneBody) =>
  unwrap(
    api.POST('/plans/{plan_id}/milestones', {
      params: { path: { plan_id: planId } },
      body: { ...body, status: 'planned' },
    }),
  );

export async function saveMilestone(id: string, body: MilestoneBody) {
  const path = { milestone_id: id };
  const etag = await etagOf(unwrapWithEtag(api.GET('/milestones/{milestone_id}', { params: { path } })));
  return unwrap(api.PATCH('/milestones/{milestone_id}', { params: { path, header: { 'If-Match': etag } }, body }));
}

export async function deleteMilestone(id: string) {
  const path = { milestone_id: id };
  const etag = await etagOf(unwrapWithEtag(api.GET('/milestones/{milestone_id}', { params: { path } })));
  return unwrap(api.DELETE('/milestones/{milestone_id}', { params: { path, header: { 'If-Match': etag } } }));
}

export const addChannel = (planId: string, body: ChannelBody) =>
  unwrap(api.POST('/plans/{plan_id}/channels', { params: { path: { plan_id: planId } }, body }));

export async function saveChannel(id: string, body: ChannelBody) {
  const path = { channel_id: id };
  const etag = await etagOf(unwrapWithEtag(api.GET('/channels/{channel_id}', { params: { path } })));
  return unwrap(api.PATCH('/channels/{channel_id}', { params: { path, header: { 'If-Match': etag } }, body }));
}

export async function deleteChannel(id: string) {
  const path = { channel_id: id };
  const etag = await etagOf(unwrapWithEtag(api.GET('/channels/{channel_id}', { params: { path } })));
  return unwrap(api.DELETE('/channels/{channel_id}', { params: { path, header: { 'If-Match': etag } } }));
}
