"""The app or service the speaker keeps one kind of thing in: their password manager, notes app, to-do app, music
and podcast app, cloud and photo storage, budgeting, fitness, calendar, messaging and maps app. One value per
purpose, so that a switch supersedes.

An assistant is told these in passing ("i use lastpass for passwords", "i take notes in evernote", "all my files are
in dropbox", "bitwarden is my password manager") and later that they changed ("lastpass → bitwarden", "replaced
dropbox with google drive"). Before this reader those first statements gave nothing, a ``software`` value beside
others (so a switch replaced nothing), or a person ("Bitwarden", whose role was "password manager"); and "my notes app
is bear", "my note-taking app is bear" and "my go-to notes app is bear" each minted their own key, so none replaced
another.

Which app: one of the short lists below, known by name the world over. An app of one purpose says its purpose by
its name ("i use bitwarden", "i'm on tidal now", "i use telegram to share music" is a messaging app whatever the
music); an app of many purposes (Notion, iCloud, Excel) takes the purpose the sentence names ("i keep my to-dos in
notion", "i back up my photos to icloud"). A name no list knows is read only where the kind of app is named
("Keeper is my password manager", "my notes app is Craft", "i use Craft as my notes app"): a review of 480
statements found that elsewhere it is as often a thing, a person, a method, a place, a currency or a time zone as an
app ("i use dice for passwords", "i rely on josh for directions", "i take notes in Biology", "my expenses are in
USD", "i use venmo for expenses", "my calendar is on Pacific time"), in lower case and capitalised alike. So a list
is the lesser evil here, as it is for tools (``_tools``); it holds apps used everywhere, not one country's.

Not read: what is not the speaker's ("my wife uses bear for notes"), asked, wished or denied ("should i use …",
"i want to use …", "i don't use …": no frame opens with those), and a thing in the kind frames ("my notes app is
slow", "paper is my notes app" is kept only for a name: see ``_a_name``).

Why these keys are not listed in the ontology: like the providers' keys (``_providers``), they hold one value
without it, and listing keys moves the standard score of every key's meaning. The editor, browser and operating
system stay with ``_tools`` (``software``, with "replaces" for the kind): a change of those is read there.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ._lexicon import KIN, LANGUAGES, PEOPLE_NOUNS, PLACES, THING_KINDS, words
from ._when import MONTHS, WEEKDAYS

__all__ = ["APP_NAMES", "apps_of", "claims", "listed_first"]

_PURPOSES: tuple[tuple[str, str, str], ...] = (
    # (key, kinds of app named, nouns of what is kept in it)
    (
        "password_manager",
        r"password\s+(?:manager|app|vault|keeper)|passwords\s+app",
        r"passwords?|logins?|password\s+management",
    ),
    (
        "notes_app",
        r"notes?\s+app|note[\s-]?taking(?:\s+(?:app|tool))?|notes\s+tool",
        r"notes|note[\s-]?taking|taking\s+notes|take\s+notes",
    ),
    (
        "to_do_app",
        r"to[\s-]?do(?:\s+list)?\s+app|todo(?:\s+list)?\s+app|tasks?\s+app",
        r"to[\s-]?dos|todos|to[\s-]?do\s+lists?|todo\s+lists?|tasks|task\s+lists?|task\s+management",
    ),
    (
        "music_app",
        r"music\s+(?:app|service|player|streaming(?:\s+(?:app|service))?|streamer)|streaming\s+service\s+for\s+music",
        r"music|songs|playlists|listening\s+to\s+music|listen\s+to\s+music",
    ),
    ("podcast_app", r"podcasts?\s+(?:app|player)", r"podcasts"),
    (
        "cloud_storage",
        r"cloud\s+(?:storage|drive)|file\s+storage|backup\s+(?:service|app)",
        r"files|documents|docs|backups|file\s+storage",
    ),
    ("photo_storage", r"photos?\s+(?:storage|backup|app)", r"photos|pictures|pics|photo\s+library"),
    (
        "budgeting_app",
        r"budget(?:ing)?\s+(?:app|tool)|finance\s+app|money\s+app",
        r"budget|budgeting|finances|expenses|spending",
    ),
    (
        "fitness_app",
        r"(?:fitness|running|workout|training|exercise|cycling)\s+(?:app|tracker)",
        r"runs|rides",
    ),
    ("calendar_app", r"calendar\s+app", r"calendar|schedule|appointments"),
    (
        "messaging_app",
        r"messaging\s+app|chat\s+app|messenger\s+app",
        r"messaging|texting|group\s+chats|messages",
    ),
    ("navigation_app", r"(?:maps|navigation|sat[\s-]?nav)\s+app", r"directions|navigation|navigating"),
)


def _by_purpose(table: str) -> dict[str, str]:
    """ "key: name, name; …" → {name: key}."""
    out: dict[str, str] = {}
    for entry in table.split(";"):
        key, _, names = entry.partition(":")
        for name in names.split(","):
            if name.strip():
                out[" ".join(name.split())] = key.strip()
    return out


_APPS = _by_purpose(
    """music_app: spotify, tidal, deezer, pandora, apple music, youtube music, amazon music, qobuz;
    password_manager: lastpass, bitwarden, 1password, dashlane, nordpass, proton pass, keepass, keepassxc,
    apple passwords, icloud keychain;
    notes_app: evernote, onenote, obsidian, bear, apple notes, google keep, simplenote, joplin, goodnotes, notability,
    logseq, standard notes, craft, upnote, zoho notebook;
    to_do_app: todoist, ticktick, omnifocus, microsoft to do, any.do, things, things 3, remember the milk;
    cloud_storage: dropbox, onedrive, google drive, icloud drive, pcloud, sync.com, box, mega, proton drive;
    photo_storage: google photos, amazon photos, icloud photos;
    budgeting_app: ynab, goodbudget, everydollar, quicken, monarch money;
    fitness_app: strava, runkeeper, mapmyrun, garmin connect, nike run club;
    messaging_app: whatsapp, telegram, signal, imessage, viber, wechat;
    navigation_app: waze, citymapper, google maps, apple maps;
    calendar_app: google calendar, apple calendar, fantastical, outlook calendar, busycal;
    podcast_app: overcast, pocket casts, apple podcasts, castbox"""
)
"""Apps used the world over for one purpose each, by name: "i use bitwarden", "i'm on tidal now" say the
purpose by the name alone. Apps of many purposes (Notion, Trello, Excel, Slack, iCloud) are not here: they are
read only where the sentence says what is kept in them."""
_MANY_PURPOSES = words("notion icloud youtube soundcloud trello asana clickup airtable excel") | frozenset(
    {"google sheets", "google docs", "microsoft excel"}
)
"""Apps of many purposes, known by name: what they hold is read from the sentence ("i keep my to-dos in notion",
"i back up my photos to icloud")."""
APP_NAMES = frozenset(_APPS) | _MANY_PURPOSES
"""Every app known by name (the write path keeps "google drive" whole where a verb would end a name)."""
_BY_LENGTH = [(n, re.compile(rf"{re.escape(n)}(?![\w'’.+&-])")) for n in sorted(APP_NAMES, key=len, reverse=True)]
"""Every listed name, longest first, with a pattern of it said whole (not "bear" of "bearable")."""


def listed_first(words_said: str, names: Collection[str] = APP_NAMES) -> str | None:
    """The longest of ``names`` (listed apps) that ``words_said`` opens with, word for word, as written ("tidal sound
    quality is way better" → "tidal", "apple music is my thing" → "apple music"), or None."""
    said = " ".join(words_said.split())
    low = said.casefold()
    name = next((n for n, whole in _BY_LENGTH if n in names and whole.match(low)), None)
    return said[: len(name)] if name else None


_AMBIGUOUS = words("bear things signal mega craft box fantastical")
"""Names that are also ordinary words: by name alone only when capitalised ("I use Things")."""

_NOT_APPS = words(
    """phone phones laptop computer tablet pc paper pen pencil pencils notebook notebooks notepad notepads journal diary
    diaries spreadsheet spreadsheets folder folders drive drives cloud storage order bed class classes lectures
    lecture meetings meeting school work repeat shuffle loop vinyl cd cds cassette cassettes tape tapes radio tv
    headphones earbuds speaker speakers car bus train commute weekends mornings evenings nights weekdays full loud
    blast volume hand memory head heart sticky post-its index cards binder binders whiteboard cash envelopes text
    texts person line time general bulk advance lists list albums album frames prints film camera email emails
    mail app apps website websites site sites browser internet web online offline apple google microsoft amazon
    everything anything something stuff things desk drawer shelf box boxes bag wall fridge door hard disk usb stick
    sd card cards photos music notes files passwords tasks"""
)
"""Things and places a purpose is kept in or done on, which are no app even where the kind of app is named ("paper is
my notes app", "my music app is the radio")."""

_POSTED = words("instagram facebook tiktok twitter snapchat pinterest reddit linkedin threads bluesky youtube")
"""Where things are posted, not kept: "my photos are on Instagram" shares them, whatever the case."""
_NOT_IN_A_NAME = words(
    """if guess technically honestly maybe probably perhaps basically actually so and but well yeah yes no not also
    still now then because since though although whether or when while until unless"""
)
"""Words that open a clause, not a name ("If Bitwarden is my password manager …", "Technically Chrome's my
browser")."""
_TIMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(day + "s" for day in WEEKDAYS)
_OPENERS = words(
    """a an the my our your his her their its it this that these those them one some any every each all both same
    another whatever which what whichever"""
)

_LEAD = (
    r"^(?:(?:so|and|but|well|ok|okay|also|yeah|yes|yep|oh|honestly|personally|basically|currently|anyway|plus|btw|"
    r"fwiw|lol|fyi|tbh)[,\s]+)*"
)
_I = (
    r"(?:i|we)(?:\s+|(?=['’]))(?:(?:also|just|now|currently|mostly|mainly|usually|always|still|only|actually|really|basically|"
    r"generally|normally|typically|even|all|pretty\s+much)\s+)*"
)
_DONE_BY_ME = r"(?:" + _I + r"(?:have\s+|['’]?ve\s+)?)?"
"""The speaker, perhaps in the perfect, or no subject at all, before a verb of moving or signing up ("i've switched
to …", "switched to …": chat drops the "i" of what was done)."""
_WORD = r"[^\W_](?:[\w+&-]|['’](?!s\b)|\.(?=\w))*"
_NAME = rf"(?P<v>{_WORD}(?:\s+{_WORD}){{0,2}}?)"
"""An app's name, up to three words ("any.do", "1password", "nike run club"); a dot only inside a word, and no "'s"
("spotify's my music app")."""
_END = (
    r"(?=\s*(?:$|[.,!?;:)]|\s(?:for|to|as|now|these|nowadays|instead|and|but|since|because|too|also|lol|haha|tbh|"
    r"every|all|on|at|in|which|so|though|mostly|mainly|anyway|rn|atm|right|daily|religiously|exclusively|only|like|"
    r"over|last|yesterday|this|today|recently|finally|after|when|while|with|from|during|before)\b))"
)
"""What may follow an app's name: the clause's end, or a word that starts what is said about it."""
_USE = (
    r"(?:" + _I + r"(?:use|am\s+using|['’]?m\s+using|are\s+using|['’]?re\s+using|have\s+been\s+using|"
    r"['’]?ve\s+been\s+using|been\s+using|rely\s+on|swear\s+by|stick\s+(?:to|with)|pay\s+for|subscribe\s+to)|"
    + _DONE_BY_ME
    + r"(?:switched|moved|changed|gone|migrated)\s+(?:over\s+|back\s+)?to)"
)
"""The speaker using an app, or switching to one ("i've switched to bitwarden for passwords"; "switched to
bitwarden" says the speaker with no "i", which "use markdown for notes", an instruction, does not)."""
_TO_KEEP = (
    r"(?:" + _I + r"(?:take|keep|store|save|manage|track|log|stream|back\s+up|backup|sync|organi[sz]e|plan|do|write|"
    r"jot\s+down|listen\s+to|put|upload|handle|run)|" + _DONE_BY_ME + r"(?:moved|switched|"
    r"migrated|transferred|shifted|ported|exported))"
)
"""The speaker keeping a kind of thing in an app, or moving it to another ("i've moved my passwords to bitwarden":
the app it is moved to is the one now; "moved all my notes to obsidian" says the speaker with no "i", which an
order to keep them would not: "keep my notes in markdown" is an instruction)."""
_ADJ = r"(?:(?:main|primary|default|go[\s-]?to|only|daily|usual|new|current|favou?rite|preferred|trusty|trusted)\s+)*"


_USED_FOR = re.compile(
    _LEAD + _USE + r"\s+" + _NAME + r"\s+(?:(?:mostly|mainly|only|just|now|these\s+days|nowadays|exclusively|"
    r"too|also|daily)\s+)*(?:for|to)\s+(?P<p>[^.,;!?]{1,60})",
    re.IGNORECASE,
)
""""i use lastpass for passwords", "we've been using notion to plan everything"."""
_USED_AS = re.compile(
    _LEAD + _USE + r"\s+" + _NAME + r"\s+as\s+(?:my|our|a|an|the)\s+" + _ADJ + r"(?P<k>[\w\s-]{2,40})",
    re.IGNORECASE,
)
""""i use bear as my notes app"."""
_KEPT_IN = re.compile(
    _LEAD
    + _TO_KEEP
    + r"\s+(?:(?:all|most)\s+(?:of\s+)?)?(?:(?:my|our)\s+)?(?P<p>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    + rf"(?:(?:all|mostly|over|across)\s+)?(?:from\s+{_WORD}(?:\s+{_WORD}){{0,2}}?\s+)?"
    + r"(?:(?:over|across)\s+)?(?:in|on|with|using|through|via|to|into|onto)\s+"
    + _NAME
    + _END,
    re.IGNORECASE,
)
""""i take notes in evernote", "i back up my photos to icloud", "i do all my budgeting in ynab"."""
_MOVED_FROM = re.compile(
    _LEAD + _DONE_BY_ME + r"(?:switched|moved|migrated|went|changed|jumped|gone)\s+(?:(?:all\s+)?(?:my|our)\s+"
    r"(?P<p>[\w-]+(?:\s+[\w-]+)?)\s+)?(?:(?:over|across)\s+)?from\s+(?P<o>"
    + _WORD
    + r"(?:\s+"
    + _WORD
    + r"){0,2}?)\s+(?:(?:over|across)\s+)?(?:to|onto|into)\s+"
    + _NAME
    + r"(?=\s|$|[.,!?;:)])",
    re.IGNORECASE,
)
""""switched from spotify to tidal sound quality is way better": the app moved to, when it is known by name."""
_LIVES_IN = re.compile(
    _LEAD + r"(?:(?:all|most|everything)\s+(?:of\s+)?)?(?:my|our)\s+(?P<p>(?:[\w-]+\s+){0,1}?[\w-]+)\s+"
    r"(?:are|is|live|lives|sit|sits|go|goes|get\s+backed\s+up|are\s+backed\s+up|are\s+stored|are\s+synced|['’]s)\s+"
    r"(?:all\s+)?(?:in|on|to|into)\s+" + _NAME + _END,
    re.IGNORECASE,
)
""""all my files are in dropbox", "my notes live in obsidian"."""
_IS_MY = re.compile(
    _LEAD
    + _NAME
    + r"(?:\s+is|['’]s)\s+(?:(?:still|now|also|basically)\s+)?(?:my|our)\s+"
    + _ADJ
    + r"(?P<k>[\w\s-]{2,40}?)(?:\s+of\s+choice)?(?=\s*(?:$|[.,!?;:)]|\s(?:now|these\s+days|and|but|for|lol|tbh)\b))",
    re.IGNORECASE,
)
""""bitwarden is my password manager", "Spotify is my music app"."""
_WHERE_KEPT = re.compile(
    _LEAD
    + _NAME
    + r"(?:\s+is|['’]s)\s+(?:(?:still|now|also|basically)\s+)?where\s+(?:(?:all|most)\s+(?:of\s+)?)?(?:my|our)\s+"
    r"(?P<p>(?:[\w-]+\s+){0,1}?[\w-]+)\s+(?:live|lives|go|goes|are|is|sit|sits|get\s+stored|are\s+kept|stay)\b",
    re.IGNORECASE,
)
""""notion is where all my notes live", "google drive's where our docs go"."""
_MY_IS = re.compile(
    _LEAD + r"(?:my|our)\s+" + _ADJ + r"(?P<k>[\w\s-]{2,40}?)(?:\s+of\s+choice)?\s+(?:is|['’]s)\s+"
    r"(?:(?:still|now|currently|called)\s+)?" + _NAME + _END,
    re.IGNORECASE,
)
""""my notes app is bear", "my go-to note-taking app is obsidian"."""


_BY_NAME = re.compile(
    _LEAD
    + r"(?:"
    + _USE
    + r"|"
    + _I
    + r"(?:['’]?m|am|['’]?re|are)\s+(?:(?:now|back|also|still)\s+)?on|"
    + _DONE_BY_ME
    + r"(?:signed\s+up\s+(?:to|for|with)|subscribed\s+to))\s+"
    + _NAME
    + r"(?:\s+(?:premium|plus|pro|family|unlimited|free))?"
    + r"(?=\s*(?:$|[.,!?;:)]|\s(?:now|these\s+days|nowadays|instead|and|but|since|because|too|lol|haha|tbh|anyway|"
    r"rn|atm|at\s+the\s+moment|every|all|mostly|mainly|daily|religiously|exclusively|only|again|over|last|yesterday|"
    r"this|today|recently|finally|after|when|while|from|instead|full\s+time|for|on|at|in|with)\b))",
    re.IGNORECASE,
)
""""i use bitwarden", "i'm on tidal now", "switched to apple music": an app of one purpose, by name."""
_A_USER = re.compile(
    _LEAD + _I + r"(?:['’]?m|am|['’]?re|are)\s+(?:(?:a|an)\s+)?(?:(?:big|huge|loyal|happy|long[\s-]?time|paying|"
    r"devoted|die[\s-]?hard)\s+)*" + _NAME + r"\s+(?:user|subscriber|person|family|household)s?\b",
    re.IGNORECASE,
)
""""i'm a spotify user", "we're a whatsapp family"."""


def _named(value: str) -> str | None:
    """The purpose of an app known by name ("bitwarden" → password_manager), read from a capitalised name when
    the name is also an ordinary word ("Things", not "things")."""
    low = " ".join(value.lower().split())
    key = _APPS.get(low)
    if key and low in _AMBIGUOUS and not value[:1].isupper():
        return None
    return key


def _purpose(words_said: str) -> str | None:
    """The key of the first noun of purpose in the first words of ``words_said`` ("passwords", "my work files")."""
    head = " ".join(words_said.split()[:6])
    best: tuple[int, str] | None = None
    for key, _, nouns in _PURPOSES:
        for m in re.finditer(rf"\b(?:{nouns})\b", head, re.IGNORECASE):
            after = head[m.end() :].split()
            if after and after[0].lower().strip(",.!?;:") not in _AFTER_PURPOSE:
                continue  # a longer noun: "music videos", "music production", "photo editing"
            if best is None or m.start() < best[0]:
                best = (m.start(), key)
            break
    return best[1] if best else None


_AFTER_PURPOSE = words(
    """and or for with on in at to from while when mostly mainly only too also now these nowadays etc lol haha tbh but
    so because as like since every all i we it that which"""
)
"""Words after which a noun of purpose is the head of its phrase ("notes and ideas", "music on the go")."""


def _kind(words_said: str) -> str | None:
    """The key of an app's kind said whole ("password manager", "note-taking app"), or None."""
    said = " ".join(words_said.split())
    for key, kinds, _ in _PURPOSES:
        if re.fullmatch(rf"(?:{kinds})", said, re.IGNORECASE):
            return key
    return None


def _someone_elses(words_said: str) -> bool:
    """Whether the things kept are another person's, said without an apostrophe ("my sisters notes")."""
    first = words_said.split()[0].lower().rstrip("'’") if words_said.split() else ""
    return first.endswith("s") and (first[:-1] in KIN or first[:-1] in PEOPLE_NOUNS)  # (not "my family photos")


def _known(value: str, purpose: str | None) -> str | None:
    """The key of a known app said to be used for ``purpose``: an app of one purpose by its name, whatever the
    sentence says it is used for ("i use telegram to share music" names a messaging app); an app of many purposes
    (``_MANY_PURPOSES``) by the sentence's purpose; any other name, None. Names no list knows are as often a thing,
    a person, a place, a method or a currency as an app ("i use dice for passwords", "i rely on josh for
    directions", "i take notes in Biology", "my expenses are in USD"), so they are read only where the kind of app
    is named (``_a_name``)."""
    low = " ".join(value.lower().split())
    by_name = _named(value)
    if by_name:
        return by_name
    if purpose and low in _MANY_PURPOSES and not (purpose == "photo_storage" and low in _POSTED):
        return purpose
    return None


def _a_name(value: str, strict: bool) -> bool:
    """Whether ``value``, said where the kind of app is named ("X is my password manager"), may be the app: no
    determiner or pronoun, time, language, place, device or common thing; ``strict`` (after "my notes app is",
    where a state may follow: "slow", "full"): also known by name or capitalised."""
    low = " ".join(value.lower().split())
    said = low.split()
    if not said or said[0] in _OPENERS or low in _TIMES or low in LANGUAGES or low in PLACES or said[0] in _TIMES:
        return False
    if low in _APPS or low in _MANY_PURPOSES:
        return True  # (the kind said, "bear" or "things" in lower case is the app)
    if any(w in _NOT_IN_A_NAME or w.rstrip("s") in KIN or w in PEOPLE_NOUNS for w in said):
        return False  # ("if bitwarden is my password manager", "guess spotify's my music app", "mum is my sat nav")
    if (
        low in _NOT_APPS
        or any(w in _NOT_APPS for w in said)
        or any(low in names or said[0] in names for names in THING_KINDS.values())
    ):
        return False
    return not strict or (value[:1].isupper() and not value.isupper()) or (value.isupper() and len(value) <= 6)


def apps_of(text: str) -> list[tuple[str, str]]:
    """(key, app) of a speaker's clause said in a frame of the module docstring, or []. Music or podcasts listened
    to on an app are a taste as well (``claims``)."""
    text = text.strip()
    for frame in (_USED_AS, _IS_MY, _MY_IS):  # the kind of app named
        m = frame.match(text)
        key = _kind(m.group("k")) if m else None
        if m and key and _a_name(m.group("v"), strict=frame is _MY_IS):
            return [(key, m.group("v"))]
    for frame in (_USED_FOR, _KEPT_IN, _LIVES_IN, _WHERE_KEPT):  # what is kept in it
        m = frame.match(text)
        if m and _someone_elses(m.group("p")):
            return []  # ("my sisters notes are in notion", "my husbands files live in dropbox")
        purpose = _purpose(m.group("p")) if m else None
        if m and frame in (_LIVES_IN, _WHERE_KEPT) and purpose is None:
            continue  # what is on an app must be a kind of thing kept: "my mom is on whatsapp" is her
        key = _known(m.group("v"), purpose) if m else None
        if m and key:
            return [(key, m.group("v"))]
    m = _MOVED_FROM.match(text)
    if m:  # (the longest known name the words moved to start with)
        left = _APPS.get(" ".join(m.group("o").lower().split()))
        name = listed_first(text[m.start("v") :], _APPS)
        # (an ordinary word is the app when the one left is of its kind: "moved from whatsapp to signal")
        key = (_named(name) or (_APPS[name.casefold()] if _APPS[name.casefold()] == left else None)) if name else None
        if name and key and _purpose(m.group("p") or "") in (None, key):
            return [(key, name)]
    for frame in (_BY_NAME, _A_USER):  # an app of one purpose, by name
        m = frame.match(text)
        key = _named(m.group("v")) if m else None
        if m and key:
            return [(key, m.group("v"))]
    return []


_LISTENED = re.compile(_LEAD + _I + r"(?:listen|stream)", re.IGNORECASE)


def claims(text: str) -> bool:
    """Whether an app read in ``text`` is all the clause says: "i listen to jazz on spotify" also says a taste,
    which the clause's other readers read."""
    return _LISTENED.match(text.strip()) is None
