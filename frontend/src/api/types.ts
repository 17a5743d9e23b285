/**
 * Names for the generated schema's types that the UI passes around. Derived
 * from `schema.d.ts` only — nothing here is written by hand.
 */
import type { components } from './schema';

type S = components['schemas'];

export type Me = S['UserRead'];
export type TokenResponse = S['TokenResponse'];
export type AssignmentStatus = S['AssignmentStatus'];
export type ProgressUpdateCreate = S['ProgressUpdateCreate'];
export type ProgressUpdate = S['ProgressUpdateRead'];
export type Task = S['TaskRead'];
export type TaskUpdate = S['TaskUpdate'];
export type MyAssignment = S['MyAssignment'];
export type PublicConsultation = S['PublicConsultation'];
export type PublicConsultationDetail = S['PublicConsultationDetail'];
export type DraftSection = S['DraftSection'];
export type FeedbackCreate = S['FeedbackCreate'];
export type FeedbackReceipt = S['FeedbackReceipt'];
export type PublicFeedbackStatus = S['PublicFeedbackStatus'];
export type ContributorGroup = S['ContributorGroup'];
