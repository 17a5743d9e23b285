from enum import StrEnum


class WarningCode(StrEnum):
    COARSE_ANCHOR = "coarse_anchor"
    DATE_CONFLICT = "date_conflict"
    DATE_CORRECTED = "date_corrected"
    DUE_PRECISION = "due_precision"
    GENERIC_PARTNER = "generic_partner"
    IGNORED_HEADER_LINE = "ignored_header_line"
    IGNORED_PARAGRAPH = "ignored_paragraph"
    IGNORED_SECTION = "ignored_section"
    IGNORED_STAMP = "ignored_stamp"
    INFERRED = "inferred"
    LEGACY_ENCODING = "legacy_encoding"
    MISSING = "missing"
    MULTI_UNIT_ENTRY = "multi_unit_entry"
    NOTE_NOT_A_TOPIC = "note_not_a_topic"
    NOT_A_PLAN_NUMBER = "not_a_plan_number"
    OCR_CONFIDENCE = "ocr_confidence"
    RECURRING_DEADLINE = "recurring_deadline"
    REPEATED_WORDS = "repeated_words"
    SPELLING_NORMALISED = "spelling_normalised"
    UNIT_MATCHED_VARIANT = "unit_matched_variant"
    UNIT_NAME_TRIMMED = "unit_name_trimmed"
    WINDOW_GUESSED = "window_guessed"

    def __str__(self) -> str:
        return str(self.value)
