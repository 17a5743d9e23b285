"""Contains all the data models used in inputs/outputs"""

from .assignment_brief import AssignmentBrief
from .assignment_brief_role import AssignmentBriefRole
from .assignment_brief_status import AssignmentBriefStatus
from .assignment_created import AssignmentCreated
from .assignment_created_event import AssignmentCreatedEvent
from .assignment_out import AssignmentOut
from .assignment_out_role import AssignmentOutRole
from .assignment_out_status import AssignmentOutStatus
from .assignment_overdue import AssignmentOverdue
from .assignment_overdue_event import AssignmentOverdueEvent
from .assignment_progressed import AssignmentProgressed
from .assignment_progressed_event import AssignmentProgressedEvent
from .assignment_status_changed import AssignmentStatusChanged
from .assignment_status_changed_changes import AssignmentStatusChangedChanges
from .assignment_status_changed_event import AssignmentStatusChangedEvent
from .assignment_update import AssignmentUpdate
from .assignment_update_status_type_0 import AssignmentUpdateStatusType0
from .assignment_urged import AssignmentUrged
from .assignment_urged_event import AssignmentUrgedEvent
from .attachment_out import AttachmentOut
from .attempt_out import AttemptOut
from .attempt_out_delivery_state import AttemptOutDeliveryState
from .audit_entry_out import AuditEntryOut
from .audit_entry_out_changes import AuditEntryOutChanges
from .baseline_diff_out import BaselineDiffOut
from .baseline_diff_out_unit_names import BaselineDiffOutUnitNames
from .baseline_diff_summary import BaselineDiffSummary
from .baseline_milestone import BaselineMilestone
from .baseline_out import BaselineOut
from .baseline_phase import BaselinePhase
from .baseline_ref import BaselineRef
from .baseline_schedule_out import BaselineScheduleOut
from .board_counts import BoardCounts
from .board_row import BoardRow
from .board_row_status import BoardRowStatus
from .body_add_report_attachment import BodyAddReportAttachment
from .body_import_plan import BodyImportPlan
from .body_issue_token import BodyIssueToken
from .body_upload_document import BodyUploadDocument
from .body_upload_document_status import BodyUploadDocumentStatus
from .body_upload_document_version import BodyUploadDocumentVersion
from .bulk_action import BulkAction
from .bulk_action_status_type_0 import BulkActionStatusType0
from .bulk_request import BulkRequest
from .bulk_result import BulkResult
from .bulk_selection import BulkSelection
from .change import Change
from .channel_create import ChannelCreate
from .channel_draft import ChannelDraft
from .channel_out import ChannelOut
from .channel_update import ChannelUpdate
from .cluster_detail_out import ClusterDetailOut
from .cluster_member_out import ClusterMemberOut
from .cluster_member_out_status import ClusterMemberOutStatus
from .cluster_out import ClusterOut
from .clustering_status import ClusteringStatus
from .consultation_closed_event import ConsultationClosedEvent
from .consultation_create import ConsultationCreate
from .consultation_create_audiences_item import ConsultationCreateAudiencesItem
from .consultation_create_status import ConsultationCreateStatus
from .consultation_opened_event import ConsultationOpenedEvent
from .consultation_out import ConsultationOut
from .consultation_out_audiences_item import ConsultationOutAudiencesItem
from .consultation_out_status import ConsultationOutStatus
from .consultation_update import ConsultationUpdate
from .consultation_update_audiences_type_0_item import ConsultationUpdateAudiencesType0Item
from .consultation_update_status_type_0 import ConsultationUpdateStatusType0
from .consultation_window import ConsultationWindow
from .contacts import Contacts
from .count_feedback_channel_type_0 import CountFeedbackChannelType0
from .count_feedback_contributor_group_type_0 import CountFeedbackContributorGroupType0
from .count_feedback_status_type_0_item import CountFeedbackStatusType0Item
from .dashboard import Dashboard
from .dashboard_assignments_by_status import DashboardAssignmentsByStatus
from .dashboard_tasks_by_status import DashboardTasksByStatus
from .database_status import DatabaseStatus
from .date_change import DateChange
from .day_count import DayCount
from .deadline_standing import DeadlineStanding
from .diff_segment import DiffSegment
from .diff_segment_op import DiffSegmentOp
from .document_create import DocumentCreate
from .document_create_status import DocumentCreateStatus
from .document_out import DocumentOut
from .document_out_status import DocumentOutStatus
from .document_summary_out import DocumentSummaryOut
from .document_summary_out_status import DocumentSummaryOutStatus
from .document_update import DocumentUpdate
from .document_update_status_type_0 import DocumentUpdateStatusType0
from .email_status import EmailStatus
from .endpoint_create import EndpointCreate
from .endpoint_create_event_types_item import EndpointCreateEventTypesItem
from .endpoint_out import EndpointOut
from .endpoint_update import EndpointUpdate
from .endpoint_update_event_types_type_0_item import EndpointUpdateEventTypesType0Item
from .endpoint_with_secret import EndpointWithSecret
from .event_type_out import EventTypeOut
from .export_feedback_csv_lang import ExportFeedbackCsvLang
from .export_feedback_csv_status_type_0 import ExportFeedbackCsvStatusType0
from .export_feedback_xlsx_lang import ExportFeedbackXlsxLang
from .export_feedback_xlsx_status_type_0 import ExportFeedbackXlsxStatusType0
from .feed_token import FeedToken
from .feedback_answered import FeedbackAnswered
from .feedback_answered_event import FeedbackAnsweredEvent
from .feedback_create import FeedbackCreate
from .feedback_create_channel import FeedbackCreateChannel
from .feedback_create_contributor_group import FeedbackCreateContributorGroup
from .feedback_out import FeedbackOut
from .feedback_out_channel import FeedbackOutChannel
from .feedback_out_contributor_group import FeedbackOutContributorGroup
from .feedback_out_status import FeedbackOutStatus
from .feedback_receipt import FeedbackReceipt
from .feedback_receipt_status import FeedbackReceiptStatus
from .feedback_status_counts import FeedbackStatusCounts
from .feedback_status_counts_by_status import FeedbackStatusCountsByStatus
from .feedback_submitted import FeedbackSubmitted
from .feedback_submitted_event import FeedbackSubmittedEvent
from .feedback_update import FeedbackUpdate
from .feedback_update_status_type_0 import FeedbackUpdateStatusType0
from .field_error import FieldError
from .field_error_ctx_type_0 import FieldErrorCtxType0
from .figures import Figures
from .figures_out import FiguresOut
from .fixed_date import FixedDate
from .fixed_date_ref import FixedDateRef
from .get_assembled_review_response_getassembledreview import GetAssembledReviewResponseGetassembledreview
from .get_liveness_response_getliveness import GetLivenessResponseGetliveness
from .get_milestone_impact_precision_type_0 import GetMilestoneImpactPrecisionType0
from .get_review_document_fmt import GetReviewDocumentFmt
from .get_unit_report_document_fmt import GetUnitReportDocumentFmt
from .history_entry import HistoryEntry
from .history_entry_kind import HistoryEntryKind
from .history_entry_status_type_0 import HistoryEntryStatusType0
from .import_counts import ImportCounts
from .import_warning import ImportWarning_
from .imported_group import ImportedGroup
from .imported_unit import ImportedUnit
from .imported_unit_kind import ImportedUnitKind
from .job_out import JobOut
from .job_out_args import JobOutArgs
from .jobs_status import JobsStatus
from .kind_info import KindInfo
from .kind_info_kind import KindInfoKind
from .kind_preference import KindPreference
from .kind_preference_kind import KindPreferenceKind
from .last_bulk_action import LastBulkAction
from .legal_basis import LegalBasis
from .legal_basis_draft import LegalBasisDraft
from .list_consultations_status_type_0 import ListConsultationsStatusType0
from .list_documents_status_type_0 import ListDocumentsStatusType0
from .list_feedback_channel_type_0 import ListFeedbackChannelType0
from .list_feedback_contributor_group_type_0 import ListFeedbackContributorGroupType0
from .list_feedback_status_type_0_item import ListFeedbackStatusType0Item
from .list_jobs_state_type_0 import ListJobsStateType0
from .list_my_assignments_status_type_0_item import ListMyAssignmentsStatusType0Item
from .list_plans_status_type_0 import ListPlansStatusType0
from .list_tasks_role_type_0 import ListTasksRoleType0
from .list_tasks_sort import ListTasksSort
from .list_tasks_standing_type_0 import ListTasksStandingType0
from .list_tasks_status_type_0_item import ListTasksStatusType0Item
from .list_units_kind_type_0 import ListUnitsKindType0
from .list_webhook_attempts_state_type_0 import ListWebhookAttemptsStateType0
from .login_request import LoginRequest
from .logout_request import LogoutRequest
from .mark_read import MarkRead
from .marked_read import MarkedRead
from .me import Me
from .meeting_batch_create import MeetingBatchCreate
from .meeting_batch_out import MeetingBatchOut
from .meeting_in import MeetingIn
from .meeting_opinion import MeetingOpinion
from .meeting_opinion_contributor_group import MeetingOpinionContributorGroup
from .meeting_receipt import MeetingReceipt
from .milestone_anchor import MilestoneAnchor
from .milestone_anchor_side import MilestoneAnchorSide
from .milestone_change import MilestoneChange
from .milestone_create import MilestoneCreate
from .milestone_create_kind import MilestoneCreateKind
from .milestone_create_precision_type_0 import MilestoneCreatePrecisionType0
from .milestone_create_status import MilestoneCreateStatus
from .milestone_date_ref import MilestoneDateRef
from .milestone_date_ref_side import MilestoneDateRefSide
from .milestone_draft import MilestoneDraft
from .milestone_draft_kind import MilestoneDraftKind
from .milestone_draft_precision_type_0 import MilestoneDraftPrecisionType0
from .milestone_impact import MilestoneImpact
from .milestone_move import MilestoneMove
from .milestone_move_out import MilestoneMoveOut
from .milestone_move_precision_type_0 import MilestoneMovePrecisionType0
from .milestone_moved import MilestoneMoved
from .milestone_moved_changes import MilestoneMovedChanges
from .milestone_moved_event import MilestoneMovedEvent
from .milestone_out import MilestoneOut
from .milestone_out_kind import MilestoneOutKind
from .milestone_out_precision_type_0 import MilestoneOutPrecisionType0
from .milestone_out_status import MilestoneOutStatus
from .milestone_update import MilestoneUpdate
from .milestone_update_kind_type_0 import MilestoneUpdateKindType0
from .milestone_update_precision_type_0 import MilestoneUpdatePrecisionType0
from .milestone_update_status_type_0 import MilestoneUpdateStatusType0
from .move_out_result import MoveOutResult
from .moved_out_out import MovedOutOut
from .moved_out_out_status import MovedOutOutStatus
from .my_assignment import MyAssignment
from .my_assignment_page import MyAssignmentPage
from .my_assignment_role import MyAssignmentRole
from .my_assignment_status import MyAssignmentStatus
from .notification_out import NotificationOut
from .notification_out_data import NotificationOutData
from .notification_page import NotificationPage
from .overdue_buckets import OverdueBuckets
from .page_attempt_out import PageAttemptOut
from .page_audit_entry_out import PageAuditEntryOut
from .page_baseline_out import PageBaselineOut
from .page_channel_out import PageChannelOut
from .page_cluster_out import PageClusterOut
from .page_consultation_out import PageConsultationOut
from .page_document_summary_out import PageDocumentSummaryOut
from .page_endpoint_out import PageEndpointOut
from .page_event_type_out import PageEventTypeOut
from .page_feedback_out import PageFeedbackOut
from .page_history_entry import PageHistoryEntry
from .page_job_out import PageJobOut
from .page_milestone_out import PageMilestoneOut
from .page_period_out import PagePeriodOut
from .page_phase_out import PagePhaseOut
from .page_plan_coordinator_out import PagePlanCoordinatorOut
from .page_plan_list_item import PagePlanListItem
from .page_public_consultation_out import PagePublicConsultationOut
from .page_review_out import PageReviewOut
from .page_service_account_out import PageServiceAccountOut
from .page_template_out import PageTemplateOut
from .page_unit_group_out import PageUnitGroupOut
from .page_unit_out import PageUnitOut
from .page_user_out import PageUserOut
from .page_version_summary_out import PageVersionSummaryOut
from .password_change import PasswordChange
from .period_board_out import PeriodBoardOut
from .period_create import PeriodCreate
from .period_out import PeriodOut
from .period_out_kind import PeriodOutKind
from .periodic_run_status import PeriodicRunStatus
from .phase_changed import PhaseChanged
from .phase_changed_change import PhaseChangedChange
from .phase_changed_changes_type_0 import PhaseChangedChangesType0
from .phase_changed_event import PhaseChangedEvent
from .phase_completion import PhaseCompletion
from .phase_create import PhaseCreate
from .phase_draft import PhaseDraft
from .phase_impact import PhaseImpact
from .phase_move import PhaseMove
from .phase_out import PhaseOut
from .phase_update import PhaseUpdate
from .plan_coordinator_out import PlanCoordinatorOut
from .plan_coordinators_put import PlanCoordinatorsPut
from .plan_create import PlanCreate
from .plan_create_status import PlanCreateStatus
from .plan_draft import PlanDraft
from .plan_draft_field_lines import PlanDraftFieldLines
from .plan_import_preview import PlanImportPreview
from .plan_import_result import PlanImportResult
from .plan_list_item import PlanListItem
from .plan_list_item_status import PlanListItemStatus
from .plan_out import PlanOut
from .plan_out_status import PlanOutStatus
from .plan_published import PlanPublished
from .plan_published_event import PlanPublishedEvent
from .plan_update import PlanUpdate
from .plan_update_status_type_0 import PlanUpdateStatusType0
from .plan_updated import PlanUpdated
from .plan_updated_changes import PlanUpdatedChanges
from .plan_updated_event import PlanUpdatedEvent
from .preferences_in import PreferencesIn
from .preferences_in_email_mode import PreferencesInEmailMode
from .preferences_in_language import PreferencesInLanguage
from .preferences_out import PreferencesOut
from .problem import Problem
from .problem_current_type_0 import ProblemCurrentType0
from .process_status import ProcessStatus
from .progress_create import ProgressCreate
from .progress_create_status_type_0 import ProgressCreateStatusType0
from .progress_out import ProgressOut
from .progress_out_status import ProgressOutStatus
from .public_channel import PublicChannel
from .public_consultation_detail import PublicConsultationDetail
from .public_consultation_detail_audiences_item import PublicConsultationDetailAudiencesItem
from .public_consultation_out import PublicConsultationOut
from .public_consultation_out_audiences_item import PublicConsultationOutAudiencesItem
from .public_document_ref import PublicDocumentRef
from .public_feedback_status import PublicFeedbackStatus
from .public_feedback_status_status import PublicFeedbackStatusStatus
from .public_milestone import PublicMilestone
from .public_milestone_kind import PublicMilestoneKind
from .public_milestone_precision_type_0 import PublicMilestonePrecisionType0
from .public_milestone_status import PublicMilestoneStatus
from .public_phase import PublicPhase
from .public_plan import PublicPlan
from .public_plan_status import PublicPlanStatus
from .public_section_ref import PublicSectionRef
from .public_synthesis_out import PublicSynthesisOut
from .public_synthesis_out_by_channel import PublicSynthesisOutByChannel
from .public_synthesis_out_by_group import PublicSynthesisOutByGroup
from .public_synthesis_out_by_status import PublicSynthesisOutByStatus
from .queue_backlog_status import QueueBacklogStatus
from .rebaseline_in import RebaselineIn
from .recurrence_draft import RecurrenceDraft
from .recurrence_draft_frequency import RecurrenceDraftFrequency
from .redeliver_failed import RedeliverFailed
from .redeliver_outcome import RedeliverOutcome
from .redis_status import RedisStatus
from .refresh_request import RefreshRequest
from .reminder_rules_in import ReminderRulesIn
from .reminder_rules_out import ReminderRulesOut
from .render_out import RenderOut
from .render_out_format import RenderOutFormat
from .render_out_state import RenderOutState
from .render_out_subject_type import RenderOutSubjectType
from .report_accepted import ReportAccepted
from .report_accepted_changes import ReportAcceptedChanges
from .report_accepted_event import ReportAcceptedEvent
from .report_render_in import ReportRenderIn
from .report_render_in_format import ReportRenderInFormat
from .report_returned import ReportReturned
from .report_returned_changes import ReportReturnedChanges
from .report_returned_event import ReportReturnedEvent
from .report_start import ReportStart
from .report_submitted import ReportSubmitted
from .report_submitted_changes import ReportSubmittedChanges
from .report_submitted_event import ReportSubmittedEvent
from .report_update import ReportUpdate
from .report_urge_in import ReportUrgeIn
from .report_urge_out import ReportUrgeOut
from .report_urged import ReportUrged
from .report_urged_event import ReportUrgedEvent
from .report_urged_status import ReportUrgedStatus
from .reporting_schedule_in import ReportingScheduleIn
from .reporting_schedule_in_kind import ReportingScheduleInKind
from .return_in import ReturnIn
from .review_create import ReviewCreate
from .review_create_kind import ReviewCreateKind
from .review_header import ReviewHeader
from .review_header_style import ReviewHeaderStyle
from .review_issue_in import ReviewIssueIn
from .review_issue_out import ReviewIssueOut
from .review_issue_out_content import ReviewIssueOutContent
from .review_issue_ref import ReviewIssueRef
from .review_issued import ReviewIssued
from .review_issued_event import ReviewIssuedEvent
from .review_issued_kind import ReviewIssuedKind
from .review_out import ReviewOut
from .review_out_kind import ReviewOutKind
from .review_out_status import ReviewOutStatus
from .review_render_in import ReviewRenderIn
from .review_render_in_format import ReviewRenderInFormat
from .review_texts import ReviewTexts
from .review_update import ReviewUpdate
from .role import Role
from .rotate_secret import RotateSecret
from .schema_status import SchemaStatus
from .scope import Scope
from .section_counts import SectionCounts
from .section_counts_by_status import SectionCountsByStatus
from .section_in import SectionIn
from .section_out import SectionOut
from .section_with_change_out import SectionWithChangeOut
from .section_with_change_out_change import SectionWithChangeOutChange
from .service_account_create import ServiceAccountCreate
from .service_account_out import ServiceAccountOut
from .service_account_update import ServiceAccountUpdate
from .service_account_with_secret import ServiceAccountWithSecret
from .state_machine import StateMachine
from .state_machine_transitions import StateMachineTransitions
from .sync_assignment import SyncAssignment
from .sync_assignment_role import SyncAssignmentRole
from .sync_assignment_status import SyncAssignmentStatus
from .sync_channel import SyncChannel
from .sync_deleted import SyncDeleted
from .sync_milestone import SyncMilestone
from .sync_milestone_kind import SyncMilestoneKind
from .sync_milestone_precision_type_0 import SyncMilestonePrecisionType0
from .sync_milestone_status import SyncMilestoneStatus
from .sync_phase import SyncPhase
from .sync_plan import SyncPlan
from .sync_plan_status import SyncPlanStatus
from .sync_response import SyncResponse
from .sync_task import SyncTask
from .sync_task_status import SyncTaskStatus
from .synthesis_out import SynthesisOut
from .synthesis_out_by_channel import SynthesisOutByChannel
from .synthesis_out_by_group import SynthesisOutByGroup
from .synthesis_out_by_status import SynthesisOutByStatus
from .system_status import SystemStatus
from .tag_count import TagCount
from .task_change import TaskChange
from .task_create import TaskCreate
from .task_created import TaskCreated
from .task_created_event import TaskCreatedEvent
from .task_deleted import TaskDeleted
from .task_deleted_event import TaskDeletedEvent
from .task_draft import TaskDraft
from .task_impact import TaskImpact
from .task_line import TaskLine
from .task_line_in import TaskLineIn
from .task_list_item import TaskListItem
from .task_list_item_status import TaskListItemStatus
from .task_move import TaskMove
from .task_out import TaskOut
from .task_out_status import TaskOutStatus
from .task_page import TaskPage
from .task_reassignment import TaskReassignment
from .task_update import TaskUpdate
from .task_updated import TaskUpdated
from .task_updated_changes import TaskUpdatedChanges
from .task_updated_event import TaskUpdatedEvent
from .template_create import TemplateCreate
from .template_out import TemplateOut
from .template_update import TemplateUpdate
from .test_event_out import TestEventOut
from .token_response import TokenResponse
from .transitions import Transitions
from .undo_result import UndoResult
from .undo_result_status import UndoResultStatus
from .unit_create import UnitCreate
from .unit_create_kind import UnitCreateKind
from .unit_draft import UnitDraft
from .unit_draft_kind import UnitDraftKind
from .unit_group_create import UnitGroupCreate
from .unit_group_out import UnitGroupOut
from .unit_group_update import UnitGroupUpdate
from .unit_impact import UnitImpact
from .unit_notification_out import UnitNotificationOut
from .unit_notification_out_data import UnitNotificationOutData
from .unit_notification_page import UnitNotificationPage
from .unit_out import UnitOut
from .unit_out_kind import UnitOutKind
from .unit_report_out import UnitReportOut
from .unit_report_out_status import UnitReportOutStatus
from .unit_score import UnitScore
from .unit_update import UnitUpdate
from .unit_update_kind_type_0 import UnitUpdateKindType0
from .unread_count import UnreadCount
from .unsubscribe_result import UnsubscribeResult
from .upcoming import Upcoming
from .upcoming_deadline import UpcomingDeadline
from .upcoming_deadline_status import UpcomingDeadlineStatus
from .upcoming_milestone import UpcomingMilestone
from .urge_create import UrgeCreate
from .urge_out import UrgeOut
from .user_create import UserCreate
from .user_out import UserOut
from .user_update import UserUpdate
from .version_changes import VersionChanges
from .version_create import VersionCreate
from .version_out import VersionOut
from .version_summary_out import VersionSummaryOut
from .warning_code import WarningCode
from .webhooks_status import WebhooksStatus
from .window_conflict import WindowConflict

__all__ = (
    "AssignmentBrief",
    "AssignmentBriefRole",
    "AssignmentBriefStatus",
    "AssignmentCreated",
    "AssignmentCreatedEvent",
    "AssignmentOut",
    "AssignmentOutRole",
    "AssignmentOutStatus",
    "AssignmentOverdue",
    "AssignmentOverdueEvent",
    "AssignmentProgressed",
    "AssignmentProgressedEvent",
    "AssignmentStatusChanged",
    "AssignmentStatusChangedChanges",
    "AssignmentStatusChangedEvent",
    "AssignmentUpdate",
    "AssignmentUpdateStatusType0",
    "AssignmentUrged",
    "AssignmentUrgedEvent",
    "AttachmentOut",
    "AttemptOut",
    "AttemptOutDeliveryState",
    "AuditEntryOut",
    "AuditEntryOutChanges",
    "BaselineDiffOut",
    "BaselineDiffOutUnitNames",
    "BaselineDiffSummary",
    "BaselineMilestone",
    "BaselineOut",
    "BaselinePhase",
    "BaselineRef",
    "BaselineScheduleOut",
    "BoardCounts",
    "BoardRow",
    "BoardRowStatus",
    "BodyAddReportAttachment",
    "BodyImportPlan",
    "BodyIssueToken",
    "BodyUploadDocument",
    "BodyUploadDocumentStatus",
    "BodyUploadDocumentVersion",
    "BulkAction",
    "BulkActionStatusType0",
    "BulkRequest",
    "BulkResult",
    "BulkSelection",
    "Change",
    "ChannelCreate",
    "ChannelDraft",
    "ChannelOut",
    "ChannelUpdate",
    "ClusterDetailOut",
    "ClusteringStatus",
    "ClusterMemberOut",
    "ClusterMemberOutStatus",
    "ClusterOut",
    "ConsultationClosedEvent",
    "ConsultationCreate",
    "ConsultationCreateAudiencesItem",
    "ConsultationCreateStatus",
    "ConsultationOpenedEvent",
    "ConsultationOut",
    "ConsultationOutAudiencesItem",
    "ConsultationOutStatus",
    "ConsultationUpdate",
    "ConsultationUpdateAudiencesType0Item",
    "ConsultationUpdateStatusType0",
    "ConsultationWindow",
    "Contacts",
    "CountFeedbackChannelType0",
    "CountFeedbackContributorGroupType0",
    "CountFeedbackStatusType0Item",
    "Dashboard",
    "DashboardAssignmentsByStatus",
    "DashboardTasksByStatus",
    "DatabaseStatus",
    "DateChange",
    "DayCount",
    "DeadlineStanding",
    "DiffSegment",
    "DiffSegmentOp",
    "DocumentCreate",
    "DocumentCreateStatus",
    "DocumentOut",
    "DocumentOutStatus",
    "DocumentSummaryOut",
    "DocumentSummaryOutStatus",
    "DocumentUpdate",
    "DocumentUpdateStatusType0",
    "EmailStatus",
    "EndpointCreate",
    "EndpointCreateEventTypesItem",
    "EndpointOut",
    "EndpointUpdate",
    "EndpointUpdateEventTypesType0Item",
    "EndpointWithSecret",
    "EventTypeOut",
    "ExportFeedbackCsvLang",
    "ExportFeedbackCsvStatusType0",
    "ExportFeedbackXlsxLang",
    "ExportFeedbackXlsxStatusType0",
    "FeedbackAnswered",
    "FeedbackAnsweredEvent",
    "FeedbackCreate",
    "FeedbackCreateChannel",
    "FeedbackCreateContributorGroup",
    "FeedbackOut",
    "FeedbackOutChannel",
    "FeedbackOutContributorGroup",
    "FeedbackOutStatus",
    "FeedbackReceipt",
    "FeedbackReceiptStatus",
    "FeedbackStatusCounts",
    "FeedbackStatusCountsByStatus",
    "FeedbackSubmitted",
    "FeedbackSubmittedEvent",
    "FeedbackUpdate",
    "FeedbackUpdateStatusType0",
    "FeedToken",
    "FieldError",
    "FieldErrorCtxType0",
    "Figures",
    "FiguresOut",
    "FixedDate",
    "FixedDateRef",
    "GetAssembledReviewResponseGetassembledreview",
    "GetLivenessResponseGetliveness",
    "GetMilestoneImpactPrecisionType0",
    "GetReviewDocumentFmt",
    "GetUnitReportDocumentFmt",
    "HistoryEntry",
    "HistoryEntryKind",
    "HistoryEntryStatusType0",
    "ImportCounts",
    "ImportedGroup",
    "ImportedUnit",
    "ImportedUnitKind",
    "ImportWarning_",
    "JobOut",
    "JobOutArgs",
    "JobsStatus",
    "KindInfo",
    "KindInfoKind",
    "KindPreference",
    "KindPreferenceKind",
    "LastBulkAction",
    "LegalBasis",
    "LegalBasisDraft",
    "ListConsultationsStatusType0",
    "ListDocumentsStatusType0",
    "ListFeedbackChannelType0",
    "ListFeedbackContributorGroupType0",
    "ListFeedbackStatusType0Item",
    "ListJobsStateType0",
    "ListMyAssignmentsStatusType0Item",
    "ListPlansStatusType0",
    "ListTasksRoleType0",
    "ListTasksSort",
    "ListTasksStandingType0",
    "ListTasksStatusType0Item",
    "ListUnitsKindType0",
    "ListWebhookAttemptsStateType0",
    "LoginRequest",
    "LogoutRequest",
    "MarkedRead",
    "MarkRead",
    "Me",
    "MeetingBatchCreate",
    "MeetingBatchOut",
    "MeetingIn",
    "MeetingOpinion",
    "MeetingOpinionContributorGroup",
    "MeetingReceipt",
    "MilestoneAnchor",
    "MilestoneAnchorSide",
    "MilestoneChange",
    "MilestoneCreate",
    "MilestoneCreateKind",
    "MilestoneCreatePrecisionType0",
    "MilestoneCreateStatus",
    "MilestoneDateRef",
    "MilestoneDateRefSide",
    "MilestoneDraft",
    "MilestoneDraftKind",
    "MilestoneDraftPrecisionType0",
    "MilestoneImpact",
    "MilestoneMove",
    "MilestoneMoved",
    "MilestoneMovedChanges",
    "MilestoneMovedEvent",
    "MilestoneMoveOut",
    "MilestoneMovePrecisionType0",
    "MilestoneOut",
    "MilestoneOutKind",
    "MilestoneOutPrecisionType0",
    "MilestoneOutStatus",
    "MilestoneUpdate",
    "MilestoneUpdateKindType0",
    "MilestoneUpdatePrecisionType0",
    "MilestoneUpdateStatusType0",
    "MovedOutOut",
    "MovedOutOutStatus",
    "MoveOutResult",
    "MyAssignment",
    "MyAssignmentPage",
    "MyAssignmentRole",
    "MyAssignmentStatus",
    "NotificationOut",
    "NotificationOutData",
    "NotificationPage",
    "OverdueBuckets",
    "PageAttemptOut",
    "PageAuditEntryOut",
    "PageBaselineOut",
    "PageChannelOut",
    "PageClusterOut",
    "PageConsultationOut",
    "PageDocumentSummaryOut",
    "PageEndpointOut",
    "PageEventTypeOut",
    "PageFeedbackOut",
    "PageHistoryEntry",
    "PageJobOut",
    "PageMilestoneOut",
    "PagePeriodOut",
    "PagePhaseOut",
    "PagePlanCoordinatorOut",
    "PagePlanListItem",
    "PagePublicConsultationOut",
    "PageReviewOut",
    "PageServiceAccountOut",
    "PageTemplateOut",
    "PageUnitGroupOut",
    "PageUnitOut",
    "PageUserOut",
    "PageVersionSummaryOut",
    "PasswordChange",
    "PeriodBoardOut",
    "PeriodCreate",
    "PeriodicRunStatus",
    "PeriodOut",
    "PeriodOutKind",
    "PhaseChanged",
    "PhaseChangedChange",
    "PhaseChangedChangesType0",
    "PhaseChangedEvent",
    "PhaseCompletion",
    "PhaseCreate",
    "PhaseDraft",
    "PhaseImpact",
    "PhaseMove",
    "PhaseOut",
    "PhaseUpdate",
    "PlanCoordinatorOut",
    "PlanCoordinatorsPut",
    "PlanCreate",
    "PlanCreateStatus",
    "PlanDraft",
    "PlanDraftFieldLines",
    "PlanImportPreview",
    "PlanImportResult",
    "PlanListItem",
    "PlanListItemStatus",
    "PlanOut",
    "PlanOutStatus",
    "PlanPublished",
    "PlanPublishedEvent",
    "PlanUpdate",
    "PlanUpdated",
    "PlanUpdatedChanges",
    "PlanUpdatedEvent",
    "PlanUpdateStatusType0",
    "PreferencesIn",
    "PreferencesInEmailMode",
    "PreferencesInLanguage",
    "PreferencesOut",
    "Problem",
    "ProblemCurrentType0",
    "ProcessStatus",
    "ProgressCreate",
    "ProgressCreateStatusType0",
    "ProgressOut",
    "ProgressOutStatus",
    "PublicChannel",
    "PublicConsultationDetail",
    "PublicConsultationDetailAudiencesItem",
    "PublicConsultationOut",
    "PublicConsultationOutAudiencesItem",
    "PublicDocumentRef",
    "PublicFeedbackStatus",
    "PublicFeedbackStatusStatus",
    "PublicMilestone",
    "PublicMilestoneKind",
    "PublicMilestonePrecisionType0",
    "PublicMilestoneStatus",
    "PublicPhase",
    "PublicPlan",
    "PublicPlanStatus",
    "PublicSectionRef",
    "PublicSynthesisOut",
    "PublicSynthesisOutByChannel",
    "PublicSynthesisOutByGroup",
    "PublicSynthesisOutByStatus",
    "QueueBacklogStatus",
    "RebaselineIn",
    "RecurrenceDraft",
    "RecurrenceDraftFrequency",
    "RedeliverFailed",
    "RedeliverOutcome",
    "RedisStatus",
    "RefreshRequest",
    "ReminderRulesIn",
    "ReminderRulesOut",
    "RenderOut",
    "RenderOutFormat",
    "RenderOutState",
    "RenderOutSubjectType",
    "ReportAccepted",
    "ReportAcceptedChanges",
    "ReportAcceptedEvent",
    "ReportingScheduleIn",
    "ReportingScheduleInKind",
    "ReportRenderIn",
    "ReportRenderInFormat",
    "ReportReturned",
    "ReportReturnedChanges",
    "ReportReturnedEvent",
    "ReportStart",
    "ReportSubmitted",
    "ReportSubmittedChanges",
    "ReportSubmittedEvent",
    "ReportUpdate",
    "ReportUrged",
    "ReportUrgedEvent",
    "ReportUrgedStatus",
    "ReportUrgeIn",
    "ReportUrgeOut",
    "ReturnIn",
    "ReviewCreate",
    "ReviewCreateKind",
    "ReviewHeader",
    "ReviewHeaderStyle",
    "ReviewIssued",
    "ReviewIssuedEvent",
    "ReviewIssuedKind",
    "ReviewIssueIn",
    "ReviewIssueOut",
    "ReviewIssueOutContent",
    "ReviewIssueRef",
    "ReviewOut",
    "ReviewOutKind",
    "ReviewOutStatus",
    "ReviewRenderIn",
    "ReviewRenderInFormat",
    "ReviewTexts",
    "ReviewUpdate",
    "Role",
    "RotateSecret",
    "SchemaStatus",
    "Scope",
    "SectionCounts",
    "SectionCountsByStatus",
    "SectionIn",
    "SectionOut",
    "SectionWithChangeOut",
    "SectionWithChangeOutChange",
    "ServiceAccountCreate",
    "ServiceAccountOut",
    "ServiceAccountUpdate",
    "ServiceAccountWithSecret",
    "StateMachine",
    "StateMachineTransitions",
    "SyncAssignment",
    "SyncAssignmentRole",
    "SyncAssignmentStatus",
    "SyncChannel",
    "SyncDeleted",
    "SyncMilestone",
    "SyncMilestoneKind",
    "SyncMilestonePrecisionType0",
    "SyncMilestoneStatus",
    "SyncPhase",
    "SyncPlan",
    "SyncPlanStatus",
    "SyncResponse",
    "SyncTask",
    "SyncTaskStatus",
    "SynthesisOut",
    "SynthesisOutByChannel",
    "SynthesisOutByGroup",
    "SynthesisOutByStatus",
    "SystemStatus",
    "TagCount",
    "TaskChange",
    "TaskCreate",
    "TaskCreated",
    "TaskCreatedEvent",
    "TaskDeleted",
    "TaskDeletedEvent",
    "TaskDraft",
    "TaskImpact",
    "TaskLine",
    "TaskLineIn",
    "TaskListItem",
    "TaskListItemStatus",
    "TaskMove",
    "TaskOut",
    "TaskOutStatus",
    "TaskPage",
    "TaskReassignment",
    "TaskUpdate",
    "TaskUpdated",
    "TaskUpdatedChanges",
    "TaskUpdatedEvent",
    "TemplateCreate",
    "TemplateOut",
    "TemplateUpdate",
    "TestEventOut",
    "TokenResponse",
    "Transitions",
    "UndoResult",
    "UndoResultStatus",
    "UnitCreate",
    "UnitCreateKind",
    "UnitDraft",
    "UnitDraftKind",
    "UnitGroupCreate",
    "UnitGroupOut",
    "UnitGroupUpdate",
    "UnitImpact",
    "UnitNotificationOut",
    "UnitNotificationOutData",
    "UnitNotificationPage",
    "UnitOut",
    "UnitOutKind",
    "UnitReportOut",
    "UnitReportOutStatus",
    "UnitScore",
    "UnitUpdate",
    "UnitUpdateKindType0",
    "UnreadCount",
    "UnsubscribeResult",
    "Upcoming",
    "UpcomingDeadline",
    "UpcomingDeadlineStatus",
    "UpcomingMilestone",
    "UrgeCreate",
    "UrgeOut",
    "UserCreate",
    "UserOut",
    "UserUpdate",
    "VersionChanges",
    "VersionCreate",
    "VersionOut",
    "VersionSummaryOut",
    "WarningCode",
    "WebhooksStatus",
    "WindowConflict",
)
