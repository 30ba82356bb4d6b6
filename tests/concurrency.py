"""Many people pressing a button at the same moment, for the PostgreSQL concurrency tests."""

import threading
from collections.abc import Callable

from django.db import connection


def at_once(count: int, press: Callable[[int], int]) -> tuple[list[int], list[BaseException]]:
    """Run press(0) … press(count - 1) in threads released together; returns their results and any errors."""
    start = threading.Barrier(count)
    results: list[int] = []
    errors: list[BaseException] = []

    def person(number: int) -> None:
        try:
            start.wait(timeout=30)
            results.append(press(number))
        except BaseException as error:  # reported by the test, with the thread's own traceback
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=person, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results, errors
