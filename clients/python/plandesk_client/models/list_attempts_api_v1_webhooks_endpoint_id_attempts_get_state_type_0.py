from enum import StrEnum


class ListAttemptsApiV1WebhooksEndpointIdAttemptsGetStateType0(StrEnum):
    CANCELLED = "cancelled"
    DELIVERED = "delivered"
    FAILED = "failed"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
