"""The repository's own promises: workflows pass zizmor, CI runs the README's test command."""

import re
import subprocess
import sys
from pathlib import Path

from harness.settings import SETTINGS

ZIZMOR = Path(sys.executable).with_name("zizmor")
RUFF = Path(sys.executable).with_name("ruff")


def test_code_is_linted_and_formatted():
    for command in (["check", "--output-format", "concise"], ["format", "--check"]):
        result = subprocess.run(
            [str(RUFF), *command, "."],
            cwd=SETTINGS.root,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, f"ruff {command[0]}:\n{result.stdout}{result.stderr}"


def test_workflows_pass_zizmor_with_every_audit():
    result = subprocess.run(
        [str(ZIZMOR), "--offline", "--persona=auditor", "--no-progress", ".github"],
        cwd=SETTINGS.root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout, result.stdout


def test_every_action_is_pinned_to_a_full_commit_with_its_version_noted():
    for workflow in (SETTINGS.root / ".github" / "workflows").glob("*.yml"):
        for line in re.findall(r"uses:\s*(\S+.*)", workflow.read_text()):
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+", line), (
                f"{workflow.name}: {line}"
            )


def test_ci_runs_the_test_command_the_readme_gives():
    readme = (SETTINGS.root / "README.md").read_text()
    commands = re.findall(r"^make (\w+)", readme, re.MULTILINE)
    assert commands[:2] == ["serve", "test"], "the README gives `make serve`, then `make test`"
    ci = (SETTINGS.root / ".ci" / "run").read_text()
    assert re.search(r"^make test$", ci, re.MULTILINE), ".ci/run must call `make test`"


def test_github_ci_runs_both_halves_of_the_test_command():
    """The workflow splits make test by the browser marker: together, everything."""
    workflow = (SETTINGS.root / ".github" / "workflows" / "ci.yml").read_text()
    runs = re.findall(r"^\s+- run: (make test.*)$", workflow, re.MULTILINE)
    assert sorted(runs) == ["make test ARGS=\"-m 'not browser'\"", 'make test ARGS="-m browser"']
    assert re.search(r'python: \["3.11", "3.12", "3.13", "3.14"\]', workflow)
