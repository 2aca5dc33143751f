"""The "what is my IP" program (snippets/whatismyip/whatismyip.py) against local fakes.

Real sockets on 127.0.0.1 throughout: fake services that answer late, fail
with an HTTP error, answer HTML, malformed JSON or JSON without the field,
never answer, or refuse the connection; and hostile ones, that send endless
or gigabyte bodies, gzip bombs, redirects, broken charsets, or text after an
address. The functions run on the virtual clock, so their elapsed times are
exact; the command runs as a subprocess on the real clock, with latencies of
tens of milliseconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import json
import os
import signal
import struct
import sys
import time
import urllib.parse
import zlib
from pathlib import Path

import aiohttp
import pytest

from harness.running import run_watched
from harness.settings import SETTINGS
from harness.snippets import imported

FOLDER = SETTINGS.snippets / "whatismyip"
with imported(FOLDER):  # as the program imports its siblings; forgotten afterwards
    import whatismyip
    from daemon_resolver import DaemonResolver
    from fake_ip_services import ADDRESS, Fake, plain, serve
    from ip_race import NoAddress, first_ip
    from ip_services import SERVICES, ServiceError, fetch_ip

PROGRAM = FOLDER / "whatismyip.py"
PYTHON = (sys.executable, "-X", "dev", "-W", "error")
#: Runs the program with a stuck DNS or a memory gauge when asked (see the file).
CHILD = (*PYTHON, str(Path(__file__).with_name("whatismyip_child.py")))


def run_clean(main):
    """Run ``main()`` on the virtual clock, and fail on any asyncio noise it leaves."""
    results = []
    run = run_watched(lambda: results.append(asyncio.run(main())), filename=__file__)
    assert run.exit_code == 0, run.output
    assert not run.problems, run.problems
    assert not run.messages, run.output
    return results[0]


def session_with(timeout=2.0):
    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout))


async def until(condition, seconds=5.0):
    """Wait until ``condition()`` holds; TimeoutError if it does not within ``seconds``."""
    async with asyncio.timeout(seconds):
        while not condition():  # noqa: ASYNC110
            await asyncio.sleep(0.001)


def fetch_tasks():
    return [t for t in asyncio.all_tasks() if t.get_coro().__qualname__ == "fetch_ip"]


# What hostile services send. The big bodies are made as they are sent, so that
# a fake holds little memory whatever its client does.

PUBLIC = "1.1.1.1"  # an address the internet can reach (Cloudflare's DNS)
GIB = 2**30
PIECE = 2**16  # bytes sent at a time


def gigabyte_of(filler: bytes, then: bytes = b""):
    """The ``chunks`` of a body: 1 GiB of ``filler``, then ``then``."""
    piece = filler * (PIECE // len(filler))
    return lambda: itertools.chain(itertools.repeat(piece, GIB // PIECE), [then])


@functools.cache
def gzip_bomb(mebibytes: int = 1024) -> bytes:
    """About 1 KiB of gzip per MiB of zeros it inflates to: 1 MiB for 1 GiB.

    After a full flush the compressor forgets what came before, so each MiB of
    zeros compresses to the same block: it is made once and repeated.
    """
    zeros = bytes(2**20)
    gzip = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: with a gzip header and trailer
    first = gzip.compress(zeros) + gzip.flush(zlib.Z_FULL_FLUSH)
    block = gzip.compress(zeros) + gzip.flush(zlib.Z_FULL_FLUSH)
    last = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    crc = 0
    for _ in range(mebibytes):
        crc = zlib.crc32(zeros, crc)
    size = mebibytes * 2**20 % 2**32
    return first + block * (mebibytes - 1) + last + struct.pack("<II", crc, size)


def test_the_gzip_bomb_inflates_a_thousand_times():
    assert zlib.decompress(gzip_bomb(5), wbits=31) == bytes(5 * 2**20)
    assert len(gzip_bomb()) < 1.02 * 2**20


# -- one service -------------------------------------------------------------------

BAD_ANSWERS = [
    (Fake("down", status=503), "HTTP 503 Service Unavailable"),
    (Fake("missing", status=404, body="not here"), "HTTP 404 Not Found"),
    (Fake("html", body="<!DOCTYPE html><title>Rate limit</title>"), "not JSON: '<!DOCTYPE"),
    (plain("html-text", body="<html>busy</html>"), "not an IP address: '<html>busy</html>'"),
    (Fake("truncated", body='{"ip": "203.0.11'), 'not JSON: \'{"ip": "203.0.11\''),
    (Fake("wrong-field", body='{"query": "203.0.113.7"}'), "no 'ip' field in"),
    (Fake("array", body='["203.0.113.7"]'), "no 'ip' field in"),
    (Fake("number", body='{"ip": 3405803783}'), "not an IP address: 3405803783"),
    (plain("bad-octet", body="203.0.113.256"), "not an IP address: '203.0.113.256'"),
    (plain("empty", body=""), "not an IP address: ''"),
    (Fake("hang", hang=True), "no answer within 2 s"),
    (Fake("refused", refuse=True), "connection refused"),
    # Hostile: more than an address, too long, a redirect, escapes in the status line.
    (plain("zone-id-escapes", body="fe80::1%\x1b[2J\x1b[31m"), "not an IP address: 'fe80::1%\\x1b"),
    (plain("zone-id-cr", body="fe80::1%\r198.51.100.66"), "not an IP address: 'fe80::1%\\r198"),
    (plain("zone-id-shell", body="fe80::1%$(reboot)"), "not an IP address: 'fe80::1%$(reboot)'"),
    (plain("zone-id-200-kb", body="fe80::1%" + "x" * 200_000), "answer too long"),
    (plain("spaces-first", body=" " * 5000 + ADDRESS), "answer too long"),
    (Fake("json-100000-deep", body="[" * 100_000 + "]" * 100_000), "answer too long"),
    (Fake("moved", status=302, headers={"Location": "/json"}), "HTTP 302 Found"),
    (
        Fake("moved-elsewhere", status=301, headers={"Location": "http://127.0.0.2/"}),
        "HTTP 301 Moved Permanently",
    ),
    (
        Fake("moved-to-bad-name", status=302, headers={"Location": f"http://{'a' * 64}.test/"}),
        "HTTP 302 Found",
    ),
    (
        Fake("escapes", raw=b"HTTP/1.1 503 Busy\x1b[2J\r\nContent-Length: 0\r\n\r\n"),
        "HTTP 503 Busy\\x1b[2J",
    ),
]


@pytest.mark.parametrize(
    ("fake", "reason"), BAD_ANSWERS, ids=[fake.name for fake, _ in BAD_ANSWERS]
)
def test_a_bad_answer_is_a_service_error_that_says_why(fake, reason):
    async def main():
        # With an address at /json, for a redirect there that would be followed.
        async with serve(fake, Fake("json")) as services, session_with(2.0) as session:
            with pytest.raises(ServiceError) as caught:
                await fetch_ip(session, services[0])
        return str(caught.value)

    message = run_clean(main)
    assert message.startswith(reason)
    assert message.isprintable()  # one line, no escape sequence for the terminal


@pytest.mark.parametrize(
    ("fake", "address"),
    [
        (Fake("json"), ADDRESS),
        (plain("text-with-newline", body=f"{ADDRESS}\n"), ADDRESS),
        (plain("ipv6", body="2001:DB8:0::7\n"), "2001:db8::7"),
        (
            Fake("ip-api", body=f'{{"status": "success", "query": "{ADDRESS}"}}', ip_attr="query"),
            ADDRESS,
        ),
    ],
)
def test_a_valid_answer_gives_the_address_in_its_usual_form(fake, address):
    async def main():
        async with serve(fake) as services, session_with() as session:
            return await fetch_ip(session, services[0])

    assert run_clean(main) == address


@pytest.mark.parametrize("charset", ["zlib", "rot13", "undefined", "idna", "no-such-charset"])
def test_the_charset_a_service_declares_cannot_break_the_answer(charset):
    """An address is ASCII and JSON is UTF-8: the answer is read as UTF-8, whatever it says."""
    fake = Fake("odd", headers={"Content-Type": f"application/json; charset={charset}"})

    async def main():
        async with serve(fake) as services, session_with() as session:
            return await fetch_ip(session, services[0])

    assert run_clean(main) == ADDRESS


def test_json_nested_2000_deep_is_that_service_s_failure_whatever_python_makes_of_it():
    """2,000 levels fit in an answer: 3.11 and 3.12 raise RecursionError, 3.13 parses them."""
    fake = Fake("deep", body="[" * 2000 + "]" * 2000)

    async def main():
        async with serve(fake) as services, session_with() as session:
            with pytest.raises(ServiceError):
                await fetch_ip(session, services[0])

    run_clean(main)


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("10.0.0.1", "private"),
        ("192.168.1.10", "private"),
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "shared (carrier-grade NAT)"),
        (ADDRESS, "for documentation"),
    ],
)
def test_with_public_an_address_the_internet_cannot_reach_is_refused(answer, kind):
    fakes = [plain("local", body=answer), plain("public", 0.5, body=PUBLIC)]

    async def main():
        async with serve(*fakes) as services, session_with() as session:
            with pytest.raises(ServiceError) as caught:
                await fetch_ip(session, services[0], public=True)
            found = await first_ip(session, services, 2, public=True)
            anything = await first_ip(session, services, 2)
        return str(caught.value), found[1], anything[1]

    reason, found, anything = run_clean(main)
    assert reason == f"not a public address: {answer}", kind
    assert (found, anything) == (PUBLIC, answer)


def test_the_program_s_resolver_finds_a_host_by_name():
    """The other tests name their services by address, which needs no lookup."""

    async def main():
        connector = aiohttp.TCPConnector(resolver=DaemonResolver())
        async with (
            serve(plain("named")) as services,
            aiohttp.ClientSession(connector=connector) as session,
        ):
            url = services[0].url.replace("//127.0.0.1:", "//localhost:")
            return await fetch_ip(session, services[0]._replace(url=url))

    assert run_clean(main) == ADDRESS


def test_the_built_in_services_are_the_real_public_ones_over_https():
    assert [(s.name, s.url, s.ip_attr) for s in SERVICES] == [
        ("ipify", "https://api.ipify.org?format=json", "ip"),
        ("ipinfo", "https://ipinfo.io/json", "ip"),
        ("icanhazip", "https://icanhazip.com", None),
        ("ifconfig.me", "https://ifconfig.me/ip", None),
    ]
    # Over plain HTTP, anyone on the way could answer in a service's place.
    assert {urllib.parse.urlsplit(s.url).scheme for s in SERVICES} == {"https"}


# -- the race ----------------------------------------------------------------------


async def race(fakes, seconds=5.0):
    """(winner's name, address, elapsed seconds) of first_ip against the fakes."""
    loop = asyncio.get_running_loop()
    async with serve(*fakes) as services, session_with(seconds) as session:
        start = loop.time()
        service, ip = await first_ip(session, services, seconds)
        return service.name, ip, loop.time() - start


def one_of_each_failure():
    """A service failing in each common way, each of them quickly."""
    return [
        Fake("down", 0.01, status=503),
        plain("html", 0.02, body="<!DOCTYPE html><p>Service temporarily unavailable</p>"),
        Fake("truncated", 0.03, body='{"ip": "203.0.'),
        Fake("wrong-field", 0.04, body='{"query": "203.0.113.7"}'),
        Fake("refused", refuse=True),
    ]


def test_failures_that_arrive_first_do_not_end_the_race():
    fakes = [*one_of_each_failure(), plain("healthy", 0.25)]
    assert run_clean(lambda: race(fakes)) == ("healthy", ADDRESS, 0.25)


def test_no_hostile_answer_ends_the_race():
    fakes = [
        plain("endless", chunks=lambda: itertools.repeat(b"x" * PIECE)),
        plain("bomb", chunks=lambda: [gzip_bomb()], headers={"Content-Encoding": "gzip"}),
        Fake("json-2000-deep", body="[" * 2000 + "]" * 2000),
        Fake("bad-charset", 0.01, body="{}", headers={"Content-Type": "text/plain; charset=zlib"}),
        Fake("moved-to-bad-name", status=302, headers={"Location": f"http://{'a' * 64}.test/"}),
        Fake("not-http", raw=b"SSH-2.0-OpenSSH_9.6\r\n"),
        plain("healthy", 0.25),
    ]
    assert run_clean(lambda: race(fakes)) == ("healthy", ADDRESS, 0.25)


def test_the_fastest_healthy_service_wins_in_its_time_whatever_the_order():
    def fakes():
        return [
            Fake("hang-1", hang=True),
            Fake("hang-2", hang=True),
            Fake("hang-3", hang=True),
            Fake("slow", 0.9),
            plain("fast", 0.3),
            Fake("broken", 0.1, status=500),
        ]

    for turn in range(6):  # the fast one in every place of the list
        listed = fakes()[turn:] + fakes()[:turn]
        assert run_clean(lambda listed=listed: race(listed)) == ("fast", ADDRESS, 0.3), turn


def test_of_two_answers_in_the_same_instant_the_first_listed_wins():
    assert run_clean(lambda: race([Fake("a", 0.2), plain("b", 0.2)]))[0] == "a"
    assert run_clean(lambda: race([plain("b", 0.2), Fake("a", 0.2)]))[0] == "b"


def test_the_losers_are_cancelled_the_moment_the_winner_answers():
    fakes = [Fake("hang", hang=True), Fake("slow", 1.0), plain("fast", 0.2), Fake("slower", 3.0)]

    async def main():
        async with serve(*fakes) as services, session_with() as session:
            await first_ip(session, services, timeout=5)
            leftovers = fetch_tasks()
            # The server notices the closed connections in the same instant.
            await until(lambda: all(fake.outcomes for fake in fakes))
            return leftovers, {fake.name: fake.outcomes for fake in fakes}

    leftovers, outcomes = run_clean(main)
    assert leftovers == []
    assert outcomes == {
        "hang": [("cancelled", pytest.approx(0.2))],
        "slow": [("cancelled", pytest.approx(0.2))],
        "fast": [("answered", pytest.approx(0.2))],
        "slower": [("cancelled", pytest.approx(0.2))],
    }


def test_when_every_service_fails_each_one_says_why_in_the_order_given():
    fakes = [fake for fake, _ in BAD_ANSWERS]

    async def main():
        loop = asyncio.get_running_loop()
        start = loop.time()
        with pytest.raises(NoAddress) as caught:
            await race(fakes, seconds=1.5)
        return caught.value.reasons, loop.time() - start

    reasons, elapsed = run_clean(main)
    assert elapsed == 1.5
    assert list(reasons) == [fake.name for fake in fakes]
    for (_, expected), reason in zip(BAD_ANSWERS, reasons.values(), strict=True):
        expected = expected.replace("2 s", "1.5 s")
        assert reason.startswith(expected)


def test_the_deadline_ends_the_race_and_cancels_every_request():
    fakes = [Fake("hang", hang=True), Fake("late", 10.0), Fake("down", 0.1, status=502)]

    async def main():
        loop = asyncio.get_running_loop()
        async with serve(*fakes) as services, session_with(60) as session:
            start = loop.time()
            with pytest.raises(NoAddress) as caught:
                await first_ip(session, services, timeout=0.5)
            elapsed, leftovers = loop.time() - start, fetch_tasks()
            await until(lambda: fakes[1].outcomes)
        return caught.value.reasons, elapsed, leftovers, fakes[1].outcomes

    reasons, elapsed, leftovers, late = run_clean(main)
    assert elapsed == 0.5
    assert leftovers == []
    assert late == [("cancelled", pytest.approx(0.5))]
    assert reasons == {
        "hang": "no answer within 0.5 s",
        "late": "no answer within 0.5 s",
        "down": "HTTP 502 Bad Gateway",
    }


def test_cancelling_the_race_cancels_its_requests_too():
    fakes = [Fake("hang", hang=True), Fake("slow", 5.0)]

    async def main():
        async with serve(*fakes) as services, session_with() as session:
            racing = asyncio.create_task(first_ip(session, services, timeout=10))
            await asyncio.sleep(1)
            racing.cancel()
            with pytest.raises(asyncio.CancelledError):
                await racing
            leftovers = fetch_tasks()
            await until(lambda: all(fake.outcomes for fake in fakes))
        return leftovers, [fake.outcomes for fake in fakes]

    cancelled_at_1_s = [("cancelled", pytest.approx(1.0))]
    assert run_clean(main) == ([], [cancelled_at_1_s, cancelled_at_1_s])


# -- the command line, in-process ---------------------------------------------------


def test_without_options_the_program_asks_the_built_in_services():
    args = whatismyip.parse_args([])
    assert args.services == list(SERVICES)
    assert (args.timeout, args.json, args.public) == (whatismyip.DEFAULT_TIMEOUT, False, False)
    assert whatismyip.parse_args(["--public"]).public


def test_service_options_replace_the_built_in_list_and_dash_means_plain_text():
    args = whatismyip.parse_args(
        ["--service", "a", "http://127.0.0.1:1/a", "ip", "--service", "b", "https://b.test", "-"]
    )
    assert [tuple(s) for s in args.services] == [
        ("a", "http://127.0.0.1:1/a", "ip"),
        ("b", "https://b.test", None),
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--timeout", "nope"], "argument --timeout: invalid float value: 'nope'"),
        (["--timeout", "0"], "argument --timeout: not a positive number: 0"),
        (["--timeout", "-1"], "argument --timeout: not a positive number: -1"),
        (["--timeout", "nan"], "argument --timeout: not a positive number: nan"),
        (["--timeout", "inf"], "argument --timeout: not a positive number: inf"),
        (["--service", "a", "http://a.test"], "argument --service: expected 3 arguments"),
        (["--service", "a", "ftp://a.test/", "-"], "not an http(s) URL: 'ftp://a.test/'"),
        (["--service", "a", "a.test", "-"], "not an http(s) URL: 'a.test'"),
        (["--service", "a", "http://[::1", "-"], "not an http(s) URL: 'http://[::1'"),
        (["--service", "a", "http://a.test:99999/", "-"], "not an http(s) URL"),
        (
            ["--service", "a", "http://a.test/", "-", "--service", "a", "http://b.test/", "-"],
            "each service needs a name of its own",
        ),
        (["--verbose"], "unrecognized arguments: --verbose"),
    ],
)
def test_bad_arguments_exit_2_with_the_usage_and_the_reason(argv, message, capsys):
    with pytest.raises(SystemExit) as caught:
        whatismyip.parse_args(argv)
    assert caught.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("usage: ")
    assert "[-h] [--service NAME URL FIELD] [--timeout SECONDS]" in err.splitlines()[0]
    assert message in err.splitlines()[-1]


# -- the command line, as a program --------------------------------------------------


def service_options(services):
    for service in services:
        yield from ("--service", service.name, service.url, service.ip_attr or "-")


async def run_program(
    fakes, *options, python=PYTHON, env=None, cwd=SETTINGS.root, stdout=asyncio.subprocess.PIPE
):
    """Run the program against the fakes: (exit status, stdout, stderr, wall seconds)."""
    async with serve(*fakes) as services:
        start = time.perf_counter()
        child = await asyncio.create_subprocess_exec(
            *python,
            str(PROGRAM),
            *options,
            *service_options(services),
            cwd=cwd,
            env={**os.environ, **(env or {})},
            stdout=stdout,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await child.communicate()
        out = out.decode() if out is not None else None
        return child.returncode, out, err.decode(), time.perf_counter() - start


def healthy_among_failures():
    return [
        Fake("hang-1", hang=True),
        Fake("down", 0.01, status=503),
        Fake("hang-2", hang=True),
        plain("html", 0.02, body="<html>"),
        Fake("slow", 3.0),
        Fake("refused", refuse=True),
        plain("healthy", 0.05),
    ]


def test_the_program_prints_the_address_alone_and_exits_0_without_waiting_for_the_rest():
    status, out, err, wall = asyncio.run(run_program(healthy_among_failures(), "--timeout", "20"))
    assert (status, out, err) == (0, f"{ADDRESS}\n", "")
    assert wall < 10  # far from the slow service's 3 s and the 20 s deadline


def test_json_gives_the_address_the_service_and_an_elapsed_time_close_to_the_fastest():
    status, out, err, _ = asyncio.run(run_program(healthy_among_failures(), "--json"))
    assert (status, err) == (0, "")
    answer = json.loads(out)
    assert answer.keys() == {"ip", "service", "elapsed_s"}
    assert (answer["ip"], answer["service"]) == (ADDRESS, "healthy")
    assert 0.05 <= answer["elapsed_s"] < 2.0  # the slow service takes 3 s, two never answer


def test_when_all_fail_the_program_exits_1_and_says_why_for_each_service():
    fakes = [*one_of_each_failure(), Fake("hang", hang=True)]
    status, out, err, wall = asyncio.run(run_program(fakes, "--timeout", "0.3"))
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        "whatismyip: no service gave an address:",
        "  down: HTTP 503 Service Unavailable",
        "  html: not an IP address: '<!DOCTYPE html><p>Service tem…'",
        '  truncated: not JSON: \'{"ip": "203.0.\'',
        "  wrong-field: no 'ip' field in '{\"query\": \"203.0.113.7\"}'",
        "  refused: connection refused",
        "  hang: no answer within 0.3 s",
    ]
    assert wall < 10


def test_bad_arguments_exit_2_with_the_usage_as_a_program_run_from_anywhere():
    status, out, err, _ = asyncio.run(run_program([], "--timeout", "soon", cwd=Path(os.sep)))
    assert (status, out) == (2, "")
    assert err.startswith("usage: whatismyip.py")
    assert err.endswith("error: argument --timeout: invalid float value: 'soon'\n")
    assert "Traceback" not in err


def test_the_program_leaves_nothing_pending_and_no_session_open():
    """The harness's runner reports tasks asyncio.run() had to cancel, and unclosed sessions."""
    # On the real clock: the fakes live in this process, not in the program's.
    harness = (sys.executable, "-m", "harness.command", "--clock", "real")
    for fakes, expected_status in ((healthy_among_failures(), 0), ([Fake("hang", hang=True)], 1)):
        status, out, err, _ = asyncio.run(run_program(fakes, "--timeout", "0.3", python=harness))
        assert status == expected_status
        assert "noise" not in out, out
        assert err == ""


# A service with a host name, whose lookup hangs (run with CHILD and STUCK_DNS).
NAMED = ("--service", "named", "http://ip.test/", "-")
STUCK_DNS = {"WHATISMYIP_DNS_HANGS": "10"}


def test_ctrl_c_ends_the_program_at_once_and_quietly_and_cancels_its_requests():
    """At once: even while a name lookup hangs, as it does when the DNS server never answers."""
    fakes = [Fake("hang-1", hang=True), Fake("hang-2", hang=True)]

    async def main():
        async with serve(*fakes) as services:
            child = await asyncio.create_subprocess_exec(
                *CHILD,
                str(PROGRAM),
                "--timeout",
                "30",
                *NAMED,
                *service_options(services),
                env={**os.environ, **STUCK_DNS},
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            await until(lambda: all(fake.requests for fake in fakes), seconds=30)
            child.send_signal(signal.SIGINT)
            interrupted = time.perf_counter()
            out, err = await asyncio.wait_for(child.communicate(), 20)
            took = time.perf_counter() - interrupted
            await until(lambda: all(fake.outcomes for fake in fakes))
        return child.returncode, out.decode(), err.decode(), [f.outcomes for f in fakes], took

    status, out, err, outcomes, took = asyncio.run(main())
    # Killed by SIGINT, as Python ends when KeyboardInterrupt is not caught (a shell shows 130).
    assert (status, out, err) == (-signal.SIGINT, "", "whatismyip: interrupted\n")
    assert [[what for what, _ in seen] for seen in outcomes] == [["cancelled"], ["cancelled"]]
    assert took < 2  # at once, give or take a loaded machine: the lookup has 10 s to go


def test_ctrl_c_stops_a_shell_loop_that_runs_the_program():
    """bash goes on after Ctrl+C unless the command it waited for was killed by SIGINT."""
    fake = Fake("hang", hang=True)
    loop = 'for run in 1 2; do "$@"; echo "exit status $?"; done'

    async def main():
        async with serve(fake) as services:
            shell = await asyncio.create_subprocess_exec(
                *("bash", "-c", loop, "bash", *PYTHON, str(PROGRAM), "--timeout", "5"),
                *service_options(services),
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                start_new_session=True,  # a process group, as a terminal gives a command line
            )
            await until(lambda: fake.requests, seconds=30)
            os.killpg(shell.pid, signal.SIGINT)  # Ctrl+C: SIGINT to the whole group
            out, err = await asyncio.wait_for(shell.communicate(), 20)
        return shell.returncode, out.decode(), err.decode()

    assert asyncio.run(main()) == (-signal.SIGINT, "", "whatismyip: interrupted\n")


def test_a_dns_server_that_never_answers_cannot_hold_the_program_past_its_deadline():
    status, out, err, wall = asyncio.run(
        run_program([], "--timeout", "1", *NAMED, python=CHILD, env=STUCK_DNS)
    )
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        "whatismyip: no service gave an address:",
        "  named: no answer within 1 s",
    ]
    assert wall < 4  # the lookup takes 10 s


def test_a_lookup_that_hangs_does_not_delay_the_exit_after_another_service_answers():
    healthy = [plain("healthy", 0.05)]
    status, out, err, wall = asyncio.run(run_program(healthy, *NAMED, python=CHILD, env=STUCK_DNS))
    assert (status, out, err) == (0, f"{ADDRESS}\n", "")
    assert wall < 4  # the lookup takes 10 s


def test_a_hundred_services_that_hang_do_not_keep_the_hundred_and_first_from_answering():
    """aiohttp's connector allows 100 connections by default; the rest queue behind them."""
    fakes = [*(Fake(f"hang-{n}", hang=True) for n in range(100)), plain("healthy", 0.05)]
    status, out, err, _ = asyncio.run(run_program(fakes, "--timeout", "5"))
    assert (status, out, err) == (0, f"{ADDRESS}\n", "")


def test_only_an_address_reaches_standard_output():
    fakes = [fake for fake, _ in BAD_ANSWERS if fake.name.startswith("zone-id")]
    status, out, err, _ = asyncio.run(run_program(fakes, "--timeout", "2"))
    assert (status, out) == (1, "")
    assert [line.split(":")[0] for line in err.splitlines()[1:]] == [
        f"  {fake.name}" for fake in fakes
    ]
    assert all(line.isprintable() for line in err.splitlines())


def test_public_refuses_private_addresses_and_waits_for_a_public_one():
    fakes = [plain("loopback", body="127.0.0.1"), plain("private", 0.02, body="10.1.2.3")]
    public = plain("public", 0.1, body=PUBLIC)
    status, out, err, _ = asyncio.run(run_program([*fakes, public], "--public"))
    assert (status, out, err) == (0, f"{PUBLIC}\n", "")
    status, out, err, _ = asyncio.run(run_program(fakes, "--public", "--timeout", "1"))
    assert (status, out) == (1, "")
    assert err.splitlines()[1:] == [
        "  loopback: not a public address: 127.0.0.1",
        "  private: not a public address: 10.1.2.3",
    ]


HUGE_BODIES = [
    plain("endless", chunks=lambda: itertools.repeat(b"x" * PIECE)),
    plain("1-gib", chunks=gigabyte_of(b"x")),
    plain("1-gib-of-spaces-first", chunks=gigabyte_of(b" ", then=ADDRESS.encode())),
    plain("gzip-bomb", chunks=lambda: [gzip_bomb()], headers={"Content-Encoding": "gzip"}),
]
MEMORY_BOUND = 100 * 2**20  # bytes; with a healthy answer, the program peaks at 46 MiB


@pytest.mark.parametrize("fake", HUGE_BODIES, ids=[fake.name for fake in HUGE_BODIES])
def test_a_huge_answer_is_too_long_and_read_in_bounded_memory(fake, tmp_path):
    peak = tmp_path / "peak"
    status, out, err, _ = asyncio.run(
        run_program(
            [fake], "--timeout", "5", python=CHILD, env={"WHATISMYIP_PEAK_MEMORY": str(peak)}
        )
    )
    memory = int(peak.read_text())
    assert memory < MEMORY_BOUND, f"{memory / 2**20:.0f} MiB"
    assert (status, out) == (1, "")
    assert err.splitlines()[1:] == [f"  {fake.name}: answer too long: over 4096 bytes"]


@contextlib.contextmanager
def standard_output(kind: str):
    """(what to run the program under, its stdout) for standard output of that kind."""
    if kind == "closed":  # as in: python whatismyip.py >&-
        yield ("sh", "-c", 'exec "$@" >&-', "sh"), None
    elif kind == "a full disk":
        with open("/dev/full", "wb") as full:
            yield (), full
    else:  # a pipe whose reader has gone: writing to it fails with EPIPE
        reader, writer = os.pipe()
        os.close(reader)
        try:
            yield (), writer
        finally:
            os.close(writer)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("a full disk", "No space left on device"),
        ("a pipe nobody reads", "Broken pipe"),
        ("closed", "standard output is closed"),
    ],
)
@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
def test_an_address_that_cannot_be_written_is_a_one_line_error(kind, reason, buffered):
    env = {"PYTHONUNBUFFERED": "" if buffered else "1"}  # "" is as good as unset
    with standard_output(kind) as (shell, stdout):
        status, _, err, _ = asyncio.run(
            run_program([plain("healthy")], python=(*shell, *PYTHON), env=env, stdout=stdout)
        )
    assert (status, err) == (1, f"whatismyip: cannot write the address: {reason}\n")
