"""SMS through a brand-name gateway (VNPT, Viettel, eSMS, SpeedSMS ...: all plain HTTP) and
Zalo's notification service (ZNS), with httpx."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

import httpx

from desk_app.senders.errors import SendFailed

TIMEOUT_S = 20
DEFAULT_ZNS_URL = "https://business.openapi.zalo.me/message/template"


@dataclass(frozen=True)
class SmsGateway:
    url: str
    # A JSON object (`{"to": "{phone}", "text": "{text}"}`) or a form body
    # (`to={phone}&text={text}`): the two fields are filled in, properly escaped.
    body_template: str
    token: str = ""
    method: str = "POST"


def _fill(value: object, fields: dict[str, str]) -> object:
    if isinstance(value, str):
        for name, text in fields.items():
            value = value.replace("{" + name + "}", text)
        return value
    if isinstance(value, dict):
        return {key: _fill(item, fields) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill(item, fields) for item in value]
    return value


def sms_request(gateway: SmsGateway, phone: str, text: str, key: str) -> httpx.Request:
    fields = {"phone": phone, "text": text, "id": key}
    headers = {"Idempotency-Key": key}
    if gateway.token:
        headers["Authorization"] = f"Bearer {gateway.token}"
    template = gateway.body_template.strip()
    if template.startswith("{"):
        body = json.dumps(_fill(json.loads(template), fields), ensure_ascii=False)
        headers["Content-Type"] = "application/json; charset=utf-8"
    else:
        body = urlencode([(name, _fill(value, fields))
                          for name, value in parse_qsl(template, keep_blank_values=True)])
        headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
    return httpx.Request(gateway.method, gateway.url, content=body.encode(), headers=headers)


def zns_request(url: str, token: str, phone: str, template_id: str, data: dict[str, str],
                key: str) -> httpx.Request:
    body = {"phone": phone, "template_id": template_id, "template_data": data,
            "tracking_id": key}
    return httpx.Request("POST", url or DEFAULT_ZNS_URL,
                         content=json.dumps(body, ensure_ascii=False).encode(),
                         headers={"access_token": token,
                                  "Content-Type": "application/json; charset=utf-8"})


class HttpSender:
    """One HTTP client (its connections kept) for a batch: `with HttpSender() as http: ...`."""

    def __enter__(self) -> HttpSender:
        self.client = httpx.Client(timeout=TIMEOUT_S)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.client.close()

    def send(self, request: httpx.Request, *, zns: bool = False) -> None:
        try:
            response = self.client.send(request)
        except httpx.HTTPError as exc:
            raise SendFailed(f"{request.url.host}: {exc}") from exc
        if not response.is_success:
            raise SendFailed(f"HTTP {response.status_code}: {response.text[:200]}")
        if zns:
            # ZNS answers 200 with its own error code: 0 is delivered to Zalo.
            try:
                error = response.json().get("error", -1)
            except ValueError as exc:
                raise SendFailed(f"ZNS: trả lời không phải JSON: {response.text[:200]}") from exc
            if error != 0:
                raise SendFailed(f"ZNS lỗi {error}: {response.json().get('message', '')}")
