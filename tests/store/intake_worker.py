"""A counter in its own process, for the crash and concurrency tests.

    python intake_worker.py URL COUNT NAME

Prints "ready" once imported and waits for a line on stdin (so that several workers start at
the same moment), then receives
COUNT dossiers (0: until killed) and prints each acknowledged code, flushed, on its own line:
a code on stdout means `intake.receive` returned, i.e. the transaction committed.
"""

import sys

from desk_app.domain.intake import IntakeRequest
from desk_app.services.actors import Actor
from desk_app.services.desk import Desk
from desk_app.services.reception import intake


def main() -> int:
    url, count, name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    # Another process, not a test: it acts as the tests' administrator without an account
    # (tests/conftest.py ADMIN), whose entries the tests expect.
    desk = Desk(url, Actor(None, "desk-admin", "admin", "Quản trị hệ thống"))
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    sys.stdin.readline()
    number = 0
    while count == 0 or number < count:
        number += 1
        request = IntakeRequest("1.001193", f"Nguyễn Văn {name} {number}",
                                phone="0912345678", address="Số 1 Trần Phú, Hội An")
        sys.stdout.write(intake.receive(desk, request).code + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
