"""desk-admin notify list|send|test: the notices to citizens."""

from __future__ import annotations

from desk_app.cli.common import EXIT_FAILURE, EXIT_OK, command, group, out
from desk_app.cli.output import render
from desk_app.domain.citizen_notices import NOTICE_CHANNELS
from desk_app.services.notices import delivery, outbox, testing

LIST_COLUMNS = ["id", "code", "event", "channel", "to", "status", "attempts", "last_error",
                "sent_at"]


def cmd_notify_list(args) -> int:
    notices = outbox.list_notices(args.desk, args.status, args.code)
    rows = [{"id": n.id, "code": n.code, "event": n.event, "channel": n.channel, "to": n.to,
             "status": n.status, "attempts": n.attempts, "last_error": n.last_error,
             "sent_at": n.sent_at} for n in notices]
    out(render(rows, LIST_COLUMNS, args.format, raw=args.raw))
    return EXIT_OK


def cmd_notify_send(args) -> int:
    summary = delivery.send_pending(args.desk)
    out(f"Đã gửi {summary.sent}; gửi lại sau {summary.retried}; không gửi được {summary.failed}")
    for error in summary.errors[:20]:
        out(f"  {error}")
    return EXIT_OK


def cmd_notify_test(args) -> int:
    error = testing.send_test(args.desk, args.channel, args.to)
    if error:
        out(f"Không gửi được: {error}")
        return EXIT_FAILURE
    out(f"Đã gửi thử qua {args.channel} tới {args.to}")
    return EXIT_OK


def add_notify(parser) -> None:
    sub = group(parser, "notify")
    p = command(sub, "list", cmd_notify_list, "thông báo gửi người dân", reads=True)
    p.add_argument("--status", choices=("pending", "sent", "failed"))
    p.add_argument("--code", help="chỉ thông báo của hồ sơ này")
    command(sub, "send", cmd_notify_send, "gửi các thông báo đang chờ (một lần)")
    p = command(sub, "test", cmd_notify_test, "gửi thử một thông báo")
    p.add_argument("--channel", required=True, choices=NOTICE_CHANNELS)
    p.add_argument("--to", required=True, help="địa chỉ thư hoặc số điện thoại")
