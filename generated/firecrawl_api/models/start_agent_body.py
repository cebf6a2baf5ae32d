from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.start_agent_body_model import StartAgentBodyModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_metadata import AuditMetadata
    from ..models.start_agent_body_schema import StartAgentBodySchema
    from ..models.threat_protection_override import ThreatProtectionOverride


T = TypeVar("T", bound="StartAgentBody")


@redacted_repr
@_attrs_define
class StartAgentBody:
    """
    Attributes:
        prompt (str): The prompt describing what data to extract
        urls (list[str] | Unset): Optional list of URLs to constrain the agent to
        schema (StartAgentBodySchema | Unset): Optional JSON schema to structure the extracted data
        max_credits (float | Unset): Maximum credits to spend on this agent task. Defaults to 2500 if not set. Values
            above 2,500 are always billed as paid requests.
        strict_constrain_to_ur_ls (bool | Unset): If true, agent will only visit URLs provided in the urls array
        model (StartAgentBodyModel | Unset): The model to use for the agent task. spark-1-pro (default) offers higher
            accuracy for complex tasks. spark-1-mini is 60% cheaper than spark-1-pro. spark-2 is cheaper and faster than
            both Spark 1 models at comparable accuracy Default: StartAgentBodyModel.SPARK_1_PRO.
        audit_metadata (AuditMetadata | Unset): User attribution included with SIEM logging events when SIEM Logging is
            enabled for the organization.
        threat_protection (ThreatProtectionOverride | Unset): Per-request [Threat
            Protection](https://docs.firecrawl.dev/features/threat-protection) override. Fields you provide replace the
            corresponding fields of your organization's policy for this request only; omitted fields keep their
            organization-level values. Requires Threat Protection to be enabled for your team (enterprise feature) —
            otherwise the request is rejected with a 403. If your organization has disabled request overrides, any request
            that includes this object is rejected with a 403. If Threat Protection is enforced for your team, `mode` may not
            be set to `off`.
    """

    prompt: str
    urls: list[str] | Unset = UNSET
    schema: StartAgentBodySchema | Unset = UNSET
    max_credits: float | Unset = UNSET
    strict_constrain_to_ur_ls: bool | Unset = UNSET
    model: StartAgentBodyModel | Unset = UNSET
    audit_metadata: AuditMetadata | Unset = UNSET
    threat_protection: ThreatProtectionOverride | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        max_credits = self.max_credits

        strict_constrain_to_ur_ls = self.strict_constrain_to_ur_ls

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        audit_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit_metadata, Unset):
            audit_metadata = self.audit_metadata.to_dict()

        threat_protection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.threat_protection, Unset):
            threat_protection = self.threat_protection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if urls is not UNSET:
            field_dict["urls"] = urls
        if schema is not UNSET:
            field_dict["schema"] = schema
        if max_credits is not UNSET:
            field_dict["maxCredits"] = max_credits
        if strict_constrain_to_ur_ls is not UNSET:
            field_dict["strictConstrainToURLs"] = strict_constrain_to_ur_ls
        if model is not UNSET:
            field_dict["model"] = model
        if audit_metadata is not UNSET:
            field_dict["auditMetadata"] = audit_metadata
        if threat_protection is not UNSET:
            field_dict["threatProtection"] = threat_protection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        prompt = d.pop("prompt")

        urls = cast(list[str], d.pop("urls", UNSET))

        _schema = d.pop("schema", UNSET)
        schema: StartAgentBodySchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = StartAgentBodySchema.from_dict(_schema)

        max_credits = d.pop("maxCredits", UNSET)

        strict_constrain_to_ur_ls = d.pop("strictConstrainToURLs", UNSET)

        _model = d.pop("model", UNSET)
        model: StartAgentBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = StartAgentBodyModel(_model)

        _audit_metadata = d.pop("auditMetadata", UNSET)
        audit_metadata: AuditMetadata | Unset
        if isinstance(_audit_metadata, Unset):
            audit_metadata = UNSET
        else:
            audit_metadata = AuditMetadata.from_dict(_audit_metadata)

        _threat_protection = d.pop("threatProtection", UNSET)
        threat_protection: ThreatProtectionOverride | Unset
        if isinstance(_threat_protection, Unset):
            threat_protection = UNSET
        else:
            threat_protection = ThreatProtectionOverride.from_dict(_threat_protection)

        start_agent_body = cls(
            prompt=prompt,
            urls=urls,
            schema=schema,
            max_credits=max_credits,
            strict_constrain_to_ur_ls=strict_constrain_to_ur_ls,
            model=model,
            audit_metadata=audit_metadata,
            threat_protection=threat_protection,
        )

        start_agent_body.additional_properties = d
        return start_agent_body

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


_models_pending = True


def _import_models() -> None:
    """The models the methods above refer to, imported on the first call (not at import
    time: they may refer back to this module) and never again (written by postprocess.py)."""
    global _models_pending
    global AuditMetadata
    from ..models.audit_metadata import AuditMetadata

    global StartAgentBodySchema
    from ..models.start_agent_body_schema import StartAgentBodySchema

    global ThreatProtectionOverride
    from ..models.threat_protection_override import ThreatProtectionOverride

    _models_pending = False
