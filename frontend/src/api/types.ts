/**
 * Names for the generated schemas' types that the UI passes around. Derived
 * from `schema.d.ts` (the backend's OpenAPI document) and, for routes not
 * landed yet, `schema.provisional.d.ts` — nothing here is written by hand.
 */
import type { components } from './schema';
import type { components as provisional } from './schema.provisional';

type S = components['schemas'];
type P = provisional['schemas'];

export type Me = S['Me'];
export type Role = S['Role'];
export type TokenResponse = S['TokenResponse'];
export type Problem = S['Problem'];
export type Scope = S['Scope'];

export type User = S['UserOut'];
export type UserCreate = S['UserCreate'];
export type UserUpdate = S['UserUpdate'];
export type Unit = S['UnitOut'];
export type UnitCreate = S['UnitCreate'];
export type UnitUpdate = S['UnitUpdate'];
export type UnitKind = NonNullable<UnitCreate['kind']>;
export type UnitGroup = S['UnitGroupOut'];
export type UnitGroupCreate = S['UnitGroupCreate'];
export type UnitGroupUpdate = S['UnitGroupUpdate'];
export type ServiceAccount = S['ServiceAccountOut'];
export type ServiceAccountWithSecret = S['ServiceAccountWithSecret'];
export type ServiceAccountCreate = S['ServiceAccountCreate'];
export type ServiceAccountUpdate = S['ServiceAccountUpdate'];
export type AuditEntry = S['AuditEntryOut'];

// Provisional until the tasks and consultations routes land.
export type AssignmentStatus = P['AssignmentStatus'];
export type ProgressUpdateCreate = P['ProgressUpdateCreate'];
export type ProgressUpdate = P['ProgressUpdateRead'];
export type Task = P['TaskRead'];
export type TaskUpdate = P['TaskUpdate'];
export type MyAssignment = P['MyAssignment'];
export type PublicConsultation = P['PublicConsultation'];
export type PublicConsultationDetail = P['PublicConsultationDetail'];
export type DraftSection = P['DraftSection'];
export type FeedbackCreate = P['FeedbackCreate'];
export type FeedbackReceipt = P['FeedbackReceipt'];
export type PublicFeedbackStatus = P['PublicFeedbackStatus'];
export type ContributorGroup = P['ContributorGroup'];
