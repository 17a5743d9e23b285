from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.clustering_status import ClusteringStatus
    from ..models.database_status import DatabaseStatus
    from ..models.email_status import EmailStatus
    from ..models.jobs_status import JobsStatus
    from ..models.process_status import ProcessStatus
    from ..models.redis_status import RedisStatus
    from ..models.schema_status import SchemaStatus
    from ..models.webhooks_status import WebhooksStatus


T = TypeVar("T", bound="SystemStatus")


@_attrs_define
class SystemStatus:
    """
    Attributes:
        version (str): The running PlanDesk version.
        status (str): `ok` when every dependency answers and the schema is at head, else `degraded`.
        checked_at (datetime.datetime): When these figures were taken (UTC).
        schema (SchemaStatus):
        database (DatabaseStatus):
        redis (RedisStatus):
        feedback_clustering (ClusteringStatus):
        jobs (JobsStatus | None): Null when the database did not answer.
        webhooks (None | WebhooksStatus): Null when the database did not answer.
        email (EmailStatus):
        process (ProcessStatus):
    """

    version: str
    status: str
    checked_at: datetime.datetime
    schema: SchemaStatus
    database: DatabaseStatus
    redis: RedisStatus
    feedback_clustering: ClusteringStatus
    jobs: JobsStatus | None
    webhooks: None | WebhooksStatus
    email: EmailStatus
    process: ProcessStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.jobs_status import JobsStatus  # noqa: PLC0415
        from ..models.webhooks_status import WebhooksStatus  # noqa: PLC0415

        version = self.version

        status = self.status

        checked_at = self.checked_at.isoformat()

        schema = self.schema.to_dict()

        database = self.database.to_dict()

        redis = self.redis.to_dict()

        feedback_clustering = self.feedback_clustering.to_dict()

        jobs: dict[str, Any] | None
        if isinstance(self.jobs, JobsStatus):
            jobs = self.jobs.to_dict()
        else:
            jobs = self.jobs

        webhooks: dict[str, Any] | None
        if isinstance(self.webhooks, WebhooksStatus):
            webhooks = self.webhooks.to_dict()
        else:
            webhooks = self.webhooks

        email = self.email.to_dict()

        process = self.process.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "status": status,
                "checked_at": checked_at,
                "schema": schema,
                "database": database,
                "redis": redis,
                "feedback_clustering": feedback_clustering,
                "jobs": jobs,
                "webhooks": webhooks,
                "email": email,
                "process": process,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clustering_status import ClusteringStatus  # noqa: PLC0415
        from ..models.database_status import DatabaseStatus  # noqa: PLC0415
        from ..models.email_status import EmailStatus  # noqa: PLC0415
        from ..models.jobs_status import JobsStatus  # noqa: PLC0415
        from ..models.process_status import ProcessStatus  # noqa: PLC0415
        from ..models.redis_status import RedisStatus  # noqa: PLC0415
        from ..models.schema_status import SchemaStatus  # noqa: PLC0415
        from ..models.webhooks_status import WebhooksStatus  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        status = d.pop("status")

        checked_at = datetime.datetime.fromisoformat(d.pop("checked_at"))

        schema = SchemaStatus.from_dict(d.pop("schema"))

        database = DatabaseStatus.from_dict(d.pop("database"))

        redis = RedisStatus.from_dict(d.pop("redis"))

        feedback_clustering = ClusteringStatus.from_dict(d.pop("feedback_clustering"))

        def _parse_jobs(data: object) -> JobsStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                jobs_type_0 = JobsStatus.from_dict(data)

                return jobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobsStatus | None, data)

        jobs = _parse_jobs(d.pop("jobs"))

        def _parse_webhooks(data: object) -> None | WebhooksStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                webhooks_type_0 = WebhooksStatus.from_dict(data)

                return webhooks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebhooksStatus, data)

        webhooks = _parse_webhooks(d.pop("webhooks"))

        email = EmailStatus.from_dict(d.pop("email"))

        process = ProcessStatus.from_dict(d.pop("process"))

        system_status = cls(
            version=version,
            status=status,
            checked_at=checked_at,
            schema=schema,
            database=database,
            redis=redis,
            feedback_clustering=feedback_clustering,
            jobs=jobs,
            webhooks=webhooks,
            email=email,
            process=process,
        )

        system_status.additional_properties = d
        return system_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
