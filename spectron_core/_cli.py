"""``spectron`` command line: the quickstart, and a few operator commands over a store."""

from __future__ import annotations

import json
import sys
import tempfile
from typing import Any, Optional

try:
    import typer
    from rich.console import Console
    from rich.table import Table
except ImportError:  # pragma: no cover - typer/rich come with chromadb, but keep the hint
    sys.stderr.write("the spectron CLI needs typer and rich: pip install 'spectron-memory[cli]'\n")
    raise SystemExit(1) from None

app = typer.Typer(add_completion=False, help="Spectron agent memory over Chroma.")
console = Console()


def _scope(text: Optional[str]) -> dict[str, str]:
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


def _open(path: Optional[str]) -> Any:
    from . import Spectron

    return Spectron(path=path)


@app.command()
def quickstart(path: Optional[str] = typer.Option(None, help="Store folder (default: a new temporary folder).")) -> None:
    """Write a few turns in two scopes and a document, then show what each scope sees."""
    from . import Spectron

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
        result = mem.recall("What should I know about this customer's food, job, home and returns?", scope=scope,
                            top_k=8, max_tokens=200)
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
            console.print(f"  {group:11} {f.entity} {f.key} = {f.value}" + ("  [authoritative]" if f.authoritative else ""))
    for i in prof.instructions:
        console.print(f"  instruction {i['text']}")
    for c in prof.conflicts:
        console.print(f"  conflict    {c['what']}: {c['why']}")
    console.print("\n[green]done[/green]: alice never sees bob's memory; the org sees both.")


def _show_write(text: str, result: Any) -> None:
    changes = ", ".join(
        f"{c.action} {c.record.kind}"
        + (f" {c.record.key}={c.record.value!r}" if c.record.kind == "attribute" else "")
        for c in result.changes if c.record.kind != "entity"
    )
    console.print(f"  [cyan]{text}[/cyan] → {changes or 'stored turn'}")


@app.command()
def remember(text: str, scope: str = typer.Option("", help="dim=value,…"), path: Optional[str] = None) -> None:
    """Remember one message (user role) at a scope."""
    result = _open(path).remember(text, scope=_scope(scope))
    _show_write(text, result)


@app.command()
def recall(query: str, scope: str = typer.Option("", help="dim=value,…"), top_k: int = 10,
           max_tokens: Optional[int] = None, path: Optional[str] = None, as_json: bool = False) -> None:
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
def profile(scope: str = typer.Option("", help="dim=value,…"), path: Optional[str] = None) -> None:
    """Print the profile (effective facts) seen from a scope as JSON."""
    console.print_json(_open(path).profile(scope=_scope(scope)).model_dump_json())


@app.command()
def forget(scope: str = typer.Option(..., help="dim=value,… (required: forget never means everything)"),
           query: Optional[str] = None, entity: Optional[str] = None, purge: bool = False, dry_run: bool = False,
           path: Optional[str] = None) -> None:
    """Forget within a scope (soft unless --purge)."""
    mem = _open(path)
    s = _scope(scope)
    if query is None and entity is None:
        result = mem.forget(scope=s, purge=purge, dry_run=dry_run)
    else:
        result = mem.forget(query, entity=entity, scope=s, purge=purge, dry_run=dry_run)
    console.print_json(result.model_dump_json())


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
