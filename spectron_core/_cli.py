"""``spectron`` command line: the quickstart, and a few operator commands over a store."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

try:
    import typer
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn
    from rich.table import Table
except ImportError:  # pragma: no cover - typer/rich come with chromadb, but keep the hint
    sys.stderr.write("the spectron CLI needs typer and rich: pip install 'spectron-memory[cli]'\n")
    raise SystemExit(1) from None

from . import Spectron
from ._errors import StoreError

app = typer.Typer(add_completion=False, help="Spectron agent memory over Chroma.")
console = Console()


def _scope(text: str | None) -> dict[str, str]:
    """``org=acme,user=alice`` → ``{"org": "acme", "user": "alice"}``."""
    if not text:
        return {}
    out = {}
    for part in text.split(","):
        if "=" not in part:
            raise typer.BadParameter(f"scope parts look like dim=value, got {part!r}")
        k, v = part.split("=", 1)
        out[k.strip()] = v.strip()
    return out


def _open(path: str | None) -> Any:
    return Spectron(path=path)


@app.command()
def quickstart(path: str | None = typer.Option(None, help="Store folder (default: a new temporary folder).")) -> None:
    """Write a few turns in two scopes and a document, then show what each scope sees."""
    folder = path or tempfile.mkdtemp(prefix="spectron-quickstart-")
    mem = Spectron(path=folder)
    console.print(f"[bold]Spectron quickstart[/bold] — embedded store at {folder}\n")
    alice = {"org": "acme", "user": "alice"}
    bob = {"org": "acme", "user": "bob"}
    mem.documents.ingest("# Returns\nThe return policy is 30 days.", title="Return policy", scope={"org": "acme"})
    with mem.sessions.create(scope=alice) as s:
        for text in ("I prefer vegetarian food.", "I work at Acme as the CTO.", "Always answer in bullet points."):
            _show_write(text, s.remember(text))
    with mem.sessions.create(scope=alice) as s:
        _show_write("I now eat fish.", s.remember("I now eat fish."))
    with mem.sessions.create(scope=bob) as s:
        for text in ("I live in Lisbon.", "I think the return policy is 60 days."):
            _show_write(text, s.remember(text))

    for label, scope in (("alice", alice), ("bob", bob), ("the whole org", {"org": "acme"})):
        result = mem.recall(
            "What should I know about this customer's food, job, home and returns?",
            scope=scope,
            top_k=8,
            max_tokens=200,
        )
        console.rule(f"recall as {label} {scope}")
        console.print(result.formatted or "(nothing)")
    console.rule("history of Person/alice food_preference")
    for v in mem.history("Person/alice", "food_preference", scope=alice):
        until = v.valid_until.isoformat(timespec="seconds") if v.valid_until else "current"
        console.print(f"  {v.value!r:14} from {v.valid_from.isoformat(timespec='seconds')} until {until}")
    prof = mem.profile(scope=alice)
    console.rule("profile of alice")
    for group in ("static", "preferences", "dynamic", "knowledge"):
        for f in getattr(prof, group):
            console.print(
                f"  {group:11} {f.entity} {f.key} = {f.value}" + ("  [authoritative]" if f.authoritative else "")
            )
    for i in prof.instructions:
        console.print(f"  instruction {i['text']}")
    for c in prof.conflicts:
        console.print(f"  conflict    {c['what']}: {c['why']}")
    console.print("\n[green]done[/green]: alice never sees bob's memory; the org sees both.")


def _show_write(text: str, result: Any) -> None:
    changes = ", ".join(
        f"{c.action} {c.record.kind}" + (f" {c.record.key}={c.record.value!r}" if c.record.kind == "attribute" else "")
        for c in result.changes
        if c.record.kind != "entity"
    )
    console.print(f"  [cyan]{text}[/cyan] → {changes or 'stored turn'}")


@app.command()
def remember(text: str, scope: str = typer.Option("", help="dim=value,…"), path: str | None = None) -> None:
    """Remember one message (user role) at a scope."""
    result = _open(path).remember(text, scope=_scope(scope))
    _show_write(text, result)


@app.command()
def recall(
    query: str,
    scope: str = typer.Option("", help="dim=value,…"),
    top_k: int = 10,
    max_tokens: int | None = None,
    path: str | None = None,
    as_json: bool = False,
) -> None:
    """Recall what is visible from a scope."""
    result = _open(path).recall(query, scope=_scope(scope), top_k=top_k, max_tokens=max_tokens)
    if as_json:
        console.print_json(result.model_dump_json())
        return
    table = Table("score", "kind", "text", "scope")
    for item in result.items:
        table.add_row(f"{item.score:.4f}", item.kind, item.text, json.dumps(item.scope))
    console.print(table)


@app.command()
def profile(scope: str = typer.Option("", help="dim=value,…"), path: str | None = None) -> None:
    """Print the profile (effective facts) seen from a scope as JSON."""
    console.print_json(_open(path).profile(scope=_scope(scope)).model_dump_json())


@app.command()
def forget(
    scope: str = typer.Option(..., help="dim=value,… (required: forget never means everything)"),
    query: str | None = None,
    entity: str | None = None,
    purge: bool = False,
    dry_run: bool = False,
    path: str | None = None,
) -> None:
    """Forget within a scope (soft unless --purge)."""
    mem = _open(path)
    s = _scope(scope)
    if query is None and entity is None:
        result = mem.forget(scope=s, purge=purge, dry_run=dry_run)
    else:
        result = mem.forget(query, entity=entity, scope=s, purge=purge, dry_run=dry_run)
    console.print_json(result.model_dump_json())


@app.command("import-mem0")
def import_mem0(
    file: str = typer.Argument(..., help="Mem0 export: get_all's JSON ({'results': [...]}) or a list of memories."),
    path: str | None = typer.Option(None, help="Store folder (default: $SPECTRON_PATH or ~/.spectron/memory)."),
    history_db: str | None = typer.Option(None, help="Mem0's SQLite history file: replay earlier versions too."),
    infer: bool = typer.Option(True, help="Extract structured facts (--no-infer keeps memories verbatim)."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
) -> None:
    """Replay a Mem0 export into a store through reconciliation (idempotent: a second run changes nothing)."""
    # The replay lives in the integration package (same distribution), imported only when this command runs,
    # so the core CLI never loads the Mem0 migration code for other commands.
    try:
        from spectron_integrations.mem0 import replay_mem0_export
    except ImportError as exc:  # pragma: no cover - both packages ship in one distribution
        console.print(f"[red]import-mem0 needs spectron_integrations.mem0[/red]: {exc}")
        raise typer.Exit(1) from None
    result = replay_mem0_export(file, _open(path), history_db=history_db, infer=infer, progress=progress)
    summary = {k: v for k, v in vars(result).items() if k != "id_map"}
    summary["mapped_ids"] = len(result.id_map)
    console.print_json(json.dumps(summary, default=str))


FSCK_PROGRESS_FROM = 5_000
"""Records from which ``fsck`` shows a progress bar (smaller stores are checked in about a second)."""


@app.command()
def fsck(
    path: str = typer.Argument(..., help="Embedded store folder to check."),
    repair: bool = typer.Option(False, "--repair", help="Repair what the invariants forbid (default: report)."),
    retry_quarantined: bool = typer.Option(False, help="Replay quarantined writes again (with --repair)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Check a store's invariants (no lost acknowledged write, one current value per key, no dangling link,
    unique turn numbers, local index = Chroma, no erased words left) and, with --repair, fix them.

    Exit status: 0 when the store is sound (or was repaired), 1 when problems remain, 2 when it cannot be
    opened (for example because another process has it open)."""
    if not Path(path).is_dir():
        console.print(f"[red]no store folder at {path}[/red]")
        raise typer.Exit(2)
    try:
        mem = Spectron(path=path)
    except StoreError as exc:
        console.print(f"[red]cannot open {path}[/red]: {exc}")
        raise typer.Exit(2) from None
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=as_json,
    ) as bar:
        task: Any = None

        def progress(done: int, total: int) -> None:
            nonlocal task
            if total < FSCK_PROGRESS_FROM:
                return
            if task is None:
                task = bar.add_task("checking records", total=total)
            bar.update(task, completed=done)

        report = mem.repair(fix=repair, retry_quarantined=retry_quarantined and repair, progress=progress)
    mem.close()
    if as_json:
        console.print_json(report.model_dump_json())
    else:
        console.print(
            f"checked {report.checked} records in {path}: replayed {report.replayed} journalled "
            f"writes, finished {report.purges_finished} interrupted purges, rebuilt "
            f"{report.indexes_rebuilt} torn vector indexes"
        )
        if report.findings or report.quarantined:
            table = Table("problem", "detail", "repaired")
            for f in report.findings:
                table.add_row(f.kind, f.detail, "yes" if f.repaired else "no")
            for q in report.quarantined:
                table.add_row("quarantined_write", f"{q.id} ({q.recorded_at:%Y-%m-%d %H:%M}): {q.error}", "no")
            console.print(table)
        console.print(
            "[green]store is sound[/green]"
            if report.ok
            else "[yellow]problems remain[/yellow]" + ("" if repair else ": run with --repair")
        )
    raise typer.Exit(0 if report.ok else 1)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
