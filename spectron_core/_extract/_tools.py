"""The tools, programming languages and machines the speaker works with, as people tell an assistant so its
answers fit ("i use vs code and mostly write typescript", "we're on aws", "i switched from vim to neovim").

Two many-valued keys: ``programming_languages`` (what they code in: "which languages do i know?") and
``software`` (editors, apps, frameworks, databases, cloud and operating systems: "what editor do i use?").
Languages stand apart from ``languages`` (the ones spoken) and from ``software`` because they are asked about on
their own; the rest share one key because a person's setup is asked about as a whole and one word ("an editor",
"a database") is in the key's description for recall. Both are many-valued: a developer writes several
languages and uses many tools at once, so a new one is an addition. Even "my main language is go" is kept as
an addition: the old language is still known, not unlearnt. A machine ("i'm on a mac", "my laptop is a
thinkpad") is a gadget, ``devices``.

A tool said with its purpose ("i use notion to organize everything") or as where a kind of work is done ("i edit
my videos in davinci resolve", "i do all my photo editing in lightroom") is the tool: the purpose is why, not
what.

A change is said as a move: "i switched from vim to neovim", "we moved off heroku to fly.io", "we migrated
from mysql to postgres" end the old value (negated) and add the new one; "i don't use windows anymore", "i no
longer use jetbrains", "i stopped using slack", "i ditched notion" end it alone.

Only names in the lexicon below are read, so "we use cookies", "i use it every day" and "i write poetry" say
nothing here; a name a clause does not know is the end of the list ("i use vim for everything"). Only the
speaker's clause is read: it opens with i/we (or "my/our … is"), so "my colleague uses emacs", "do you use
vs code?", "can you write this in rust?", "how do i install python?", "if i used vim …" and "i'd use go"
say nothing. An opinion on a thing ("python is slow") has no i/we. "i'm a python developer" keeps its
``role`` (read by ``_identity``/``_predicates``) and adds the language.
"""

from __future__ import annotations

import re

from ._lexicon import thing_kind

__all__ = ["ToolFact", "tools_of"]


def _names(kind: str, text: str) -> dict[str, tuple[str, str]]:
    """ "canonical: alias alias; …" → {alias: (canonical, kind)}."""
    out: dict[str, tuple[str, str]] = {}
    for entry in text.split(";"):
        name, _, aliases = entry.partition(":")
        name = " ".join(name.split())
        if name:
            for alias in [name, *(a.replace("_", " ") for a in aliases.split())]:
                out[alias] = (name, kind)
    return out


_KNOWN: dict[str, tuple[str, str]] = {
    **_names(
        "programming_languages",
        """python: python3; rust; go: golang; typescript: ts; javascript: js; java; kotlin; swift; c; c++: cpp;
        c#: csharp; ruby; php; scala; haskell; elixir; erlang; clojure; ocaml; f#; zig; julia; lua; perl; dart;
        sql; bash; matlab; fortran; cobol; objective-c; assembly; elm; groovy; solidity; nim; crystal""",
    ),
    **_names(
        "software",
        """vs code: vscode visual_studio_code code; visual studio; vim; neovim: nvim; emacs; intellij: idea;
        pycharm; webstorm; goland; rider; clion; jetbrains; sublime text: sublime; atom; xcode; android studio;
        eclipse; cursor; zed; helix; nano; notepad++; postman; iterm: iterm2; jupyter: jupyter_notebooks jupyter_notebook notebooks; rstudio; jira; slack;
        notion; obsidian; confluence; trello; asana; linear; figma; excel; google sheets; microsoft teams: teams;
        zoom; github; github actions; gitlab; bitbucket; git; docker; kubernetes: k8s; terraform; ansible; django; flask; fastapi;
        rails: ruby_on_rails; laravel; spring: spring_boot; react; vue; angular; svelte; next.js: nextjs next;
        node: node.js nodejs; express; .net: dotnet; pytorch; tensorflow; pandas; postgres: postgresql;
        mysql; sqlite; mongodb: mongo; redis; elasticsearch; dynamodb; snowflake; bigquery; supabase; firebase;
        aws: amazon_web_services; gcp: google_cloud; azure; heroku; fly.io: fly; vercel; netlify; digitalocean;
        cloudflare; linux; arch linux: arch; ubuntu; debian; fedora; nixos; windows; macos: mac_os os_x osx;
        wsl; tmux; zsh; chatgpt; copilot: github_copilot; airtable; salesforce; tableau; power bi: powerbi;
        photoshop; blender; unity; unreal: unreal_engine; logseq; evernote; onenote; todoist; davinci resolve: davinci;
        premiere pro: premiere adobe_premiere; final cut pro: final_cut; lightroom; illustrator; indesign;
        after effects; procreate; canva; capcut; audacity; ableton: ableton_live; logic pro; garageband; fl studio;
        pro tools; miro; clickup; monday.com; google docs; google drive; dropbox; 1password;
        chrome: google_chrome; firefox; safari; microsoft edge: edge; brave; vivaldi; chromium; opera; arc""",
    ),
    **_names(
        "devices",
        """mac; macbook; macbook pro; macbook air; imac; mac mini; mac studio; thinkpad; chromebook; surface:
        surface_pro surface_laptop; dell xps: xps; framework laptop: framework; raspberry pi""",
    ),
}
"""Every name read, by alias: its written form and key. Words that are also ordinary English ("go", "code",
"next", "linear", "arch", "fly", "surface", "framework", "c") are read only where the construction names a
tool (after "code in", "i'm on", "switched to" …), never on their own."""


_TRIGGERS = frozenset(w for alias in _KNOWN for w in alias.split()) | frozenset(
    "laptop computer machine desktop editor ide stack backend frontend database language browser".split()
)
"""A clause holding none of these words is no tool talk (one set lookup per word keeps the guard cheap)."""

_SUBJECT = re.compile(
    r"^(?:(?P<i>i|we)(?:\s+(?P<be>am|are)|(?P<be2>'m|'re|m|re|’m|’re)|\s+(?:have|'ve|ve|’ve|had)\s+been|"
    r"\s*(?:have|'ve|ve|’ve)(?=\s+(?:\w+ly\s+|just\s+|now\s+|finally\s+)?(?:switched|moved|migrated|changed|gone|"
    r"jumped|ported|converted|stopped|quit|ditched|dropped|abandoned|uninstalled|given)\b))?\s+)"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
_ADVERBS = re.compile(
    r"^(?:(?:mostly|mainly|primarily|usually|generally|normally|typically|now|currently|still|also|just|really|"
    r"actually|only|basically|pretty\s+much|exclusively|daily|always|even|kinda|happily|already|personally|"
    r"professionally|heavily|both|all|too)\s+)+",
    re.IGNORECASE,
)
_ENDED = re.compile(
    r"^(?:(?:do\s*n[o']?t|don’t|no\s+longer|never|not)\s+(?:\w+ly\s+)?(?=use|using|code|write|work|run|on\b)|"
    r"used\s+to\s+(?=use|code|write|work|run)|"
    r"(?P<off>(?:stopped|quit|gave\s+up(?:\s+on)?|ditched|dropped|abandoned|uninstalled)\s+(?:using\s+)?))",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"^(?P<v>use|uses|used|using|rely\s+on|relying\s+on|live\s+in|living\s+in|run|runs|running|"
    r"(?:work|working|code|coding|program|programming|develop|developing)\s+"
    r"(?:(?:mostly|mainly|primarily|only|daily|professionally|exclusively)\s+)?(?:in|with)|"
    r"write|writing|build\s+(?:in|with|on)|building\s+(?:in|with|on)|know|learning|learnt|learned|on|"
    r"(?:do|keep|write|take|edit|make|cut|mix|record|produce|design|draw|track|plan|manage)\s+(?:all\s+)?(?:my|our)\s+"
    r"\w+(?:\s+\w+)?\s+in)\s+(?P<x>.+)$",
    re.IGNORECASE,
)
_MOVE = re.compile(
    r"^(?:switched|switching|moved|moving|migrated|migrating|changed|went|gone|jumped|ported|converted)\s+"
    r"(?:(?:over|away|all)\s+)*(?:(?:from|off(?:\s+of)?)\s+(?P<old>.+?)\s+)?(?:to|onto|over\s+to)\s+(?P<new>.+)$",
    re.IGNORECASE,
)
_MOVE_OFF = re.compile(
    r"^(?:switched|moved|migrated|got)\s+(?:(?:away|all)\s+)?(?:off(?:\s+of)?|away\s+from)\s+(?P<old>.+)$",
    re.IGNORECASE,
)
_DEVELOPER = re.compile(
    r"^(?:an?\s+)?(?:(?:senior|junior|lead|staff|principal|full[\s-]?time|self[\s-]?taught|backend|frontend|"
    r"professional)\s+)*(?P<x>\S+(?:\s+\S+)?)\s+(?:developer|dev|engineer|programmer|coder|user|guy|girl|person)s?$",
    re.IGNORECASE,
)
_MY_SETUP = re.compile(
    r"^(?:my|our)\s+(?:(?:main|primary|first|favou?rite|go-to|usual|daily|current|new|work|whole|tech|"
    r"preferred|only)\s+)*(?P<what>(?:programming\s+)?language|editor|text\s+editor|code\s+editor|ide|stack|"
    r"backend|back\s+end|frontend|front\s+end|database|db|os|operating\s+system|cloud|cloud\s+provider|setup|"
    r"laptop|computer|machine|desktop|daily\s+driver|(?:web\s+)?browser)(?:\s+of\s+choice)?\s+(?:is|'s|’s|are)\s+(?P<x>.+)$",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"\s+(?:for|at|in|on|every|these|this|since|nowadays|now|daily|mostly|mainly|professionally|anymore|any\s*more|"
    r"lately|right|btw|too|as|though|these\s+days|all\s+day|day\s+to\s+day|most\s+of|when|because|but|so|"
    r"instead|exclusively|only|which|that|haha|lol|rn|atm|anyway|to)\b.*$",
    re.IGNORECASE,
)
_ITEM_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s+with\s+|\s+plus\s+|\s+or\s+|\s*/\s*)")
_ITEM_DET = re.compile(
    r"^(?:(?:a\s+(?:bit|little|lot)\s+of|a\s+little|some|lots\s+of|the|a|an|mostly|mainly|plain|modern|vanilla|old|new|"
    r"good\s+old|also)\s+)+",
    re.IGNORECASE,
)
_VERSION = re.compile(r"^(?P<n>.+?)(?:\s+(?P<v>\d+(?:\.\d+)*|pro|max|air|mini))?$")
_AMBIGUOUS = frozenset(
    "go c code next linear arch fly surface framework cursor zed rust notebooks idea teams zoom express unity spring "
    "ts js mongo edge brave opera arc".split()
)
"""Names that are also ordinary words: read after a verb of coding or a tool frame, never in a bare "i use …" or
"i'm on …" list of one (those take them only beside another known name: "i use arch and neovim")."""
_AND_VERB = re.compile(
    r"\s*,?\s+(?:and|but)\s+(?:(?:i|we)\s+)?(?=(?:(?:mostly|mainly|also|usually|now|still|primarily)\s+)?"
    r"(?:use|write|code|program|work|run|know|develop|build|switched|moved)\b)",
    re.IGNORECASE,
)
"""A second predicate of the same subject: "i use vs code and mostly write typescript"."""
_CODING = frozenset(
    "code coding program programming develop developing write writing know learning learnt learned".split()
)


def _item(raw: str) -> tuple[str, str] | None:
    """(key, value) of one listed name, or None when the lexicon does not know it (an ordinary word that is also a
    name comes back with an empty key: see _AMBIGUOUS)."""
    low = _ITEM_DET.sub("", raw.strip(" .!,;:'\"").lower()).strip()
    got = _KNOWN.get(low)
    if got:
        return ("" if low in _AMBIGUOUS else got[1]), got[0]
    m = _VERSION.match(low)
    if m and m.group("v"):
        got = _KNOWN.get(m.group("n"))
        if got:
            return got[1], f"{got[0]} {m.group('v')}"
    return None


def _listed(text: str, coding: bool = False, frame: bool = False) -> list[tuple[str, str]]:
    """The known names of a list ("react, node and mongodb for work"); [] when its first name is unknown.
    After a coding verb only languages count ("i write python", not "i write notion"); an ordinary word alone
    counts only after one (or in a ``frame`` that names tools: "switched from vim to cursor")."""
    text = _ADVERBS.sub("", text.strip())
    text = _TAIL.sub("", text)
    found: list[tuple[str, str]] = []
    for raw in _ITEM_SPLIT.split(text):
        got = _item(raw)
        if got is None:
            break
        if coding and (got[0] or _KNOWN[got[1]][1]) != "programming_languages":
            break
        found.append(got)
    if len(found) == 1 and not (coding or frame) and not found[0][0]:
        return []  # "i'm on cursor", "we use express": an ordinary word alone is no tool
    return [(key or _KNOWN[value][1], value) for key, value in found]


ToolFact = tuple[str, str, bool, "str | None"]
"""(key, value, ended, replaces): ``replaces`` names the kind of thing a tool switched to takes the place of."""


def _facts(found: list[tuple[str, str]], ended: bool) -> list[ToolFact]:
    return [(key, value, ended, None) for key, value in found]


_ONE_AT_A_TIME = frozenset({"editor", "browser", "operating system"})
"""Kinds of tool a person works in one of at a time (``_lexicon.THING_KINDS``): "i've moved to neovim" replaces
the editor they had, whichever it was; a framework, a database or a cloud switched to may sit beside the old one."""


_NOW = re.compile(r"\b(?:now|nowadays|these\s+days)\s*[.!]*$")
"""A tool used "now", said last: one of a kind held one at a time is said to have taken the old one's place (not "i
use firefox now and then", "… now, but only for banking", "… now at work")."""
_NOW_AND_THEN = re.compile(r"\bnow\s+and\s+(?:then|again)\b", re.IGNORECASE)


def _switched_to(found: list[tuple[str, str]]) -> list[ToolFact]:
    """A tool switched to with no old one named ("i switched to vs code"): one of a kind held one at a time
    replaces the current one of that kind (``replaces`` = the kind: the store knows which value that is)."""
    out: list[ToolFact] = []
    for key, value in found:
        kind = thing_kind(value) if len(found) == 1 else None
        out.append((key, value, False, kind if kind in _ONE_AT_A_TIME else None))
    return out


def tools_of(text: str, question: bool = False, message: str = "") -> list[ToolFact]:
    """(key, value, ended) facts of a speaker's clause said in a frame of the module docstring, or []. The
    clause says nothing else when any are found, unless its last fact is a developer's language (key
    ``programming_languages`` said by "i'm a go developer": the ``role`` is read as before); see ``read_all``.
    ``message``: the whole message the clause is of, where a "now" may go on ("… now and then")."""
    low = text.lower()
    if question or _TRIGGERS.isdisjoint(low.replace(",", " ").rstrip(".!").split()):
        return []
    text = text.strip(" .!")
    mine = _MY_SETUP.match(text)
    if mine:  # "my main language is python", "our stack is django and postgres", "my laptop is a thinkpad"
        what = mine.group("what").lower()
        named = _listed(mine.group("x"), coding="language" in what)
        if what in ("laptop", "computer", "machine", "desktop", "daily driver"):
            named = [f for f in named if f[0] == "devices"]
        return _switched_to(named)  # ("my browser is firefox": the one browser, whichever was before)
    m = _SUBJECT.match(text)
    if not m:
        return []
    be = bool(m.group("be") or m.group("be2"))
    found: list[ToolFact] = []
    # (the clause ends on "now", and the message says no "now and then": the clause may have been cut before it)
    now = bool(_NOW.search(text)) and not _NOW_AND_THEN.search(message)
    for part in _AND_VERB.split(m.group("rest")):  # "i use vs code and mostly write typescript": two predicates
        found += _predicate(part, be, now)
        be = False
    return found


def _predicate(rest: str, be: bool, now: bool = False) -> list[ToolFact]:
    """The facts of one predicate of the speaker's (its subject gone; ``be``: it followed "i'm"/"we're"; ``now``:
    the clause ends on "now")."""
    rest = _ADVERBS.sub("", rest)
    ended = _ENDED.match(rest)
    if ended:
        rest = _ADVERBS.sub("", rest[ended.end() :])
        if ended.group("off") and not _VERB.match(rest):  # "i stopped using slack", "we ditched mongodb"
            return _facts(_listed(rest, frame=True), True)
    if be and not ended:
        dev = _DEVELOPER.match(rest)
        if dev:  # "i'm a go developer", "honestly i'm a javascript dev", "i'm an emacs user"
            got = _listed(dev.group("x"), frame=True)[:1]
            return [(got[0][0], got[0][1], False, None), ("", "", False, None)] if got else []  # (the role is read too)
    if not ended:
        move = _MOVE.match(rest) or _MOVE_OFF.match(rest)
        if move:  # "i switched from vim to neovim", "we moved off heroku to fly.io"
            old = _listed(move.group("old") or "", frame=True)
            new = _listed(move.group("new") or "", frame=True) if "new" in move.groupdict() else []
            return _facts(old, True) + (_facts(new, False) if old else _switched_to(new))
    verb = _VERB.match(rest)
    if not verb:
        return []
    word = verb.group("v").split()[0].lower()
    if word == "on" and not be:
        return []  # "i … on" only as "i'm on …"
    if word in _CODING and " my " not in verb.group("v") and " our " not in verb.group("v"):
        return _facts(_listed(verb.group("x"), coding=True), bool(ended))
    found = _listed(verb.group("x"))
    if not ended and now:
        return _switched_to(found)  # "i use firefox now": the browser before is no longer the one
    return _facts(found, bool(ended))
