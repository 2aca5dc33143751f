"""The virtual clock jumps over idle waits, and nowhere else."""

import asyncio
import socket
import subprocess
import sys
import threading
import time

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from harness.virtual_clock import VirtualClockLoop, virtual_clock


def run_virtual(coro_fn):
    with virtual_clock():
        return asyncio.run(coro_fn())


async def elapsed(awaitable):
    loop = asyncio.get_running_loop()
    start = loop.time()
    result = await awaitable
    return loop.time() - start, result


def test_an_hour_of_sleep_is_exact_and_takes_no_time():
    wall = time.perf_counter()
    took, _ = run_virtual(lambda: elapsed(asyncio.sleep(3600)))
    assert took == 3600.0
    assert time.perf_counter() - wall < 0.5


def test_asyncio_run_and_runner_get_the_virtual_loop_only_inside_the_block():
    async def loop_type():
        return type(asyncio.get_running_loop())

    with virtual_clock():
        assert asyncio.run(loop_type()) is VirtualClockLoop
        with asyncio.Runner() as runner:
            assert runner.run(loop_type()) is VirtualClockLoop
    assert asyncio.run(loop_type()) is not VirtualClockLoop


def test_sleeps_started_one_after_another_fire_in_that_order_as_on_the_real_clock():
    order = []

    async def sleeper(n):
        await asyncio.sleep(1)
        order.append(n)

    async def main():
        async with asyncio.TaskGroup() as tg:
            for n in range(200):
                tg.create_task(sleeper(n))

    run_virtual(main)
    assert order == list(range(200))


def test_timers_set_for_one_deadline_fire_in_the_order_asyncio_gives_them():
    """The order of the real clock's heap, which is not the order of scheduling."""

    async def fire_at_one_deadline():
        loop = asyncio.get_running_loop()
        fired = []
        deadline = loop.time() + 0.05
        for n in range(10):
            loop.call_at(deadline, fired.append, n)
        await asyncio.sleep(0.1)
        return fired

    real = asyncio.run(fire_at_one_deadline())
    assert real != sorted(real)
    assert run_virtual(fire_at_one_deadline) == real


def test_timeouts_still_fire_at_their_deadline():
    async def main():
        loop = asyncio.get_running_loop()
        start = loop.time()
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(5):
                await asyncio.sleep(10)
        return loop.time() - start

    assert run_virtual(main) == 5.0


def test_real_sockets_on_loopback_work_with_virtual_delays():
    async def slow(request):
        await asyncio.sleep(30)
        return web.Response(text="late but fine")

    async def main():
        app = web.Application()
        app.router.add_get("/", slow)

        async def fetch(client):
            async with client.get("/") as response:
                return await response.text()

        async with TestClient(TestServer(app, host="127.0.0.1")) as client:
            return await elapsed(fetch(client))

    wall = time.perf_counter()
    took, text = run_virtual(main)
    assert text == "late but fine"
    assert took == 30.0
    assert time.perf_counter() - wall < 2


def test_a_thread_is_waited_for_in_real_time_not_timed_out_at_once():
    async def main():
        return await elapsed(asyncio.wait_for(asyncio.to_thread(time.sleep, 0.2), timeout=1))

    took, _ = run_virtual(main)
    # Not timed out, and the clock moved by about the real time spent waiting
    # (it does not count the moments the loop itself was busy).
    assert 0.1 < took < 1


def test_a_child_process_is_waited_for_in_real_time():
    async def main():
        child = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            "import time; time.sleep(0.2); print('child done')",
            stdout=subprocess.PIPE,
        )
        output, _ = await asyncio.wait_for(child.communicate(), timeout=1)
        return output

    assert run_virtual(main) == b"child done\n"


def test_a_peer_in_a_thread_the_example_started_is_not_timed_out_at_once():
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def answer_slowly():
        connection, _ = server.accept()
        with connection:
            time.sleep(0.2)
            connection.sendall(b"hello\n")

    thread = threading.Thread(target=answer_slowly)

    async def main():
        thread.start()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            return await asyncio.wait_for(reader.readline(), timeout=1)
        finally:
            writer.close()
            await writer.wait_closed()

    try:
        assert run_virtual(main) == b"hello\n"
    finally:
        thread.join()
        server.close()


def test_a_blocking_sleep_in_the_loop_moves_its_clock_and_is_reported(caplog):
    async def blocker():
        time.sleep(0.5)  # noqa: ASYNC251 - blocking the loop is the point

    async def main():
        loop = asyncio.get_running_loop()
        start = loop.time()
        await asyncio.create_task(blocker())
        return loop.time() - start

    wall = time.perf_counter()
    assert run_virtual(main) == 0.5
    assert time.perf_counter() - wall < 0.4
    [record] = [r for r in caplog.records if r.name == "asyncio"]
    assert record.getMessage().startswith("Executing <Task finished name=")
    assert record.getMessage().endswith("took 0.500 seconds")


def test_a_blocking_sleep_outside_the_loop_really_sleeps():
    with virtual_clock():
        wall = time.perf_counter()
        time.sleep(0.2)
        assert time.perf_counter() - wall >= 0.2


def test_a_thread_the_example_did_not_start_does_not_make_the_clock_wait():
    """Threads alive before the example (a test runner's, a server of another test) are
    not the example's work: the clock jumps over its sleeps all the same."""
    stop = threading.Event()
    bystander = threading.Thread(target=stop.wait)
    bystander.start()
    try:
        wall = time.perf_counter()
        took, _ = run_virtual(lambda: elapsed(asyncio.sleep(60)))
        assert took == 60.0
        assert time.perf_counter() - wall < 0.5
    finally:
        stop.set()
        bystander.join()
