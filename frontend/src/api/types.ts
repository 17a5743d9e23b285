/**
 * Names for the generated schemas' types that the UI passes around, all from
 * `schema.d.ts` (the backend's committed OpenAPI document): nothing here is
 * written by hand.
 */
import type { components } from './schema';

type S = components['schemas'];
type Schema<K extends keyof S> = S[K];

export type Me = Schema<'Me'>;
export type Role = Schema<'Role'>;
export type TokenResponse = Schema<'TokenResponse'>;
export type Problem = Schema<'Problem'>;
export type Scope = Schema<'Scope'>;

export type User = Schema<'UserOut'>;
export type UserCreate = Schema<'UserCreate'>;
export type UserUpdate = Schema<'UserUpdate'>;
export type Unit = Schema<'UnitOut'>;
export type UnitCreate = Schema<'UnitCreate'>;
export type UnitUpdate = Schema<'UnitUpdate'>;
export type UnitKind = NonNullable<UnitCreate['kind']>;
export type UnitGroup = Schema<'UnitGroupOut'>;
export type UnitGroupCreate = Schema<'UnitGroupCreate'>;
export type UnitGroupUpdate = Schema<'UnitGroupUpdate'>;
export type ServiceAccount = Schema<'ServiceAccountOut'>;
export type ServiceAccountWithSecret = Schema<'ServiceAccountWithSecret'>;
export type ServiceAccountCreate = Schema<'ServiceAccountCreate'>;
export type ServiceAccountUpdate = Schema<'ServiceAccountUpdate'>;
export type AuditEntry = Schema<'AuditEntryOut'>;

// Plans, phases, milestones, channels (issue 3).
export type PlanListItem = Schema<'PlanListItem'>;
export type Plan = Schema<'PlanOut'>;
export type PlanUpdate = Schema<'PlanUpdate'>;
export type PlanStatus = Plan['status'];
export type LegalBasis = Schema<'LegalBasis'>;
export type Phase = Schema<'PhaseOut'>;
export type Milestone = Schema<'MilestoneOut'>;
export type MilestoneUpdate = Schema<'MilestoneUpdate'>;
export type MilestoneMove = Schema<'MilestoneMove'>;
export type MilestoneImpact = Schema<'MilestoneImpact'>;
export type DatePrecision = NonNullable<Milestone['precision']>;
export type Channel = Schema<'ChannelOut'>;
export type FixedDate = Schema<'FixedDate'>;
export type MilestoneAnchor = Schema<'MilestoneAnchor'>;
export type DateRef = FixedDate | MilestoneAnchor;

// Tasks, assignments, progress, dashboard (issue 3).
export type Task = Schema<'TaskOut'>;
export type TaskListItem = Schema<'TaskListItem'>;
export type TaskCreate = Schema<'TaskCreate'>;
export type TaskUpdate = Schema<'TaskUpdate'>;
export type Assignment = Schema<'AssignmentOut'>;
export type AssignmentUpdate = Schema<'AssignmentUpdate'>;
export type AssignmentStatus = Assignment['status'];
export type AssignmentRole = Assignment['role'];
export type HistoryEntry = Schema<'HistoryEntry'>;
export type ProgressUpdateCreate = Schema<'ProgressCreate'>;
export type ProgressUpdate = Schema<'ProgressOut'>;
export type Urge = Schema<'UrgeOut'>;
export type MyAssignment = Schema<'MyAssignment'>;
export type Dashboard = Schema<'Dashboard'>;

// Documents, consultations, feedback, moderation, synthesis (issue 4).
export type PublicConsultation = Schema<'PublicConsultationOut'>;
export type PublicConsultationDetail = Schema<'PublicConsultationDetail'>;
export type DraftSection = Schema<'SectionOut'>;
export type FeedbackCreate = Schema<'FeedbackCreate'>;
export type FeedbackReceipt = Schema<'FeedbackReceipt'>;
export type PublicFeedbackStatus = Schema<'PublicFeedbackStatus'>;
export type ContributorGroup = FeedbackCreate['contributor_group'];
export type FeedbackStatus = Schema<'FeedbackOut'>['status'];
export type FeedbackChannel = Schema<'FeedbackOut'>['channel'];
export type Feedback = Schema<'FeedbackOut'>;
export type FeedbackUpdate = Schema<'FeedbackUpdate'>;
export type BulkRequest = Schema<'BulkRequest'>;
export type BulkResult = Schema<'BulkResult'>;
export type Cluster = Schema<'ClusterOut'>;
export type ClusterDetail = Schema<'ClusterDetailOut'>;
export type ClusterMember = Schema<'ClusterMemberOut'>;
export type DiffSegment = Schema<'DiffSegment'>;
export type Synthesis = Schema<'SynthesisOut'>;
export type AnswerTemplate = Schema<'TemplateOut'>;
export type Consultation = Schema<'ConsultationOut'>;
export type ConsultationUpdate = Schema<'ConsultationUpdate'>;

// Plan import (issue 5).
export type PlanImportPreview = Schema<'PlanImportPreview'>;
export type PlanImportResult = Schema<'PlanImportResult'>;
export type PlanDraft = Schema<'PlanDraft'>;
export type ImportWarning = Schema<'ImportWarning'>;
export type WarningCode = ImportWarning['code'];
export type ImportedUnit = Schema<'ImportedUnit'>;
