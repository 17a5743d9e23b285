from enum import StrEnum


class ListTasksSort(StrEnum):
    CREATED_AT = "created_at"
    DUE_DATE = "due_date"
    TITLE = "title"
    VALUE_1 = "-due_date"
    VALUE_3 = "-title"
    VALUE_5 = "-created_at"

    def __str__(self) -> str:
        return str(self.value)
