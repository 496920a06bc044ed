"""Two processes drawing case numbers at the same time never get the same number."""

import multiprocessing

from caplegal_desktop.db import open_database
from caplegal_desktop.services.shared.numbering import next_number
from caplegal_desktop.unit_of_work import UnitOfWork


def _draw(url: str, count: int, queue) -> None:
    database = open_database(url, upgrade=False)
    numbers = []
    for _ in range(count):
        with UnitOfWork(database, write=True, user="p") as uow:
            numbers.append(next_number(uow.session, "SAG"))
            uow.commit()
    database.dispose()
    queue.put(numbers)


def test_concurrent_processes_never_share_a_case_number(database_url):
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_draw, args=(database_url, 60, queue)) for _ in range(3)]
    for worker in workers:
        worker.start()
    drawn = [number for _ in workers for number in queue.get(timeout=120)]
    for worker in workers:
        worker.join(timeout=60)
    assert len(drawn) == 180 and len(set(drawn)) == 180
    assert sorted(drawn) == [f"{n:06d}" for n in range(1, 181)]


def test_a_rolled_back_unit_of_work_returns_nothing(database_url):
    database = open_database(database_url)
    with UnitOfWork(database, write=True) as uow:
        next_number(uow.session, "SAG")  # not committed
    with UnitOfWork(database, write=True) as uow:
        assert next_number(uow.session, "SAG") == "000001"
    database.dispose()
