"""Hostile values, and the detector that proves a page shows them only as text or as one attribute's
value. Standard library only (no browser): pages are parsed with `html.parser.HTMLParser`.

Used by `test_hostile_values.py`; see there for how the values are sent to every field."""
import html.parser
import re
import unicodedata
import urllib.parse
from pathlib import Path

MARK = "data-injected"

# Starts with its own marker so that a length-limited copy still carries it; then 100,000 characters
# of the four characters that matter in HTML.
LONG = '"><i data-injected="long">' + "\"<&'" * 25_000

# In a URL the 100,000-character value would be ~300 kB, longer than a request line may be (the
# server resets the connection): query parameters get it cut to this length, bodies get all of it.
QUERY_VALUE_LIMIT = 6000

# (name, value): the name is the marker's value too, so a report says which value got through.
CORPUS = [
    ("form", 'Mật ong"><form method="post" action="/tai-khoan/moi"><input name="role" value="provincial" data-injected="form">'),
    ("squote", "'><b data-injected=\"squote\">x</b>"),
    ("meta", '"><meta http-equiv="refresh" content="0;url=http://evil.example/" data-injected="meta">'),
    ("script", '<script data-injected="script">alert(1)</script>'),
    ("close", '</textarea></title></option></select><b data-injected="close">x</b>'),
    ("entities", "&amp;&lt;&quot;&#39;"),
    ("rtl", "a\u202Eb"),
    ("nul", 'nul\x00"><b data-injected="nul">'),
    ("long", LONG),
]
VALUES = dict(CORPUS)

# Substrings that only a hostile value brings into a page: an attribute value holding one of them
# must hold a whole hostile value.
MARKERS = (MARK, "evil.example", "alert(1)", "&amp;&lt;", "\u202E")
# What `&amp;&lt;&quot;&#39;` turns into when it is decoded once too often (shown as `&<"'`).
DECODED_ENTITIES = "&<\"'"
ATTRIBUTE_NAME = re.compile(r"^[A-Za-z_:][-A-Za-z0-9_:.]*$")


def short(value, limit=60):
    """A value as a report shows it: its repr, cut to `limit` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(name):
    return f"{name} ({short(VALUES[name], 48)}, {len(VALUES[name])} chars)" if name in VALUES else name


# --- what the server may legitimately do to a value before showing it -----------------------------

def _fold(text):
    """Vietnamese search folding: no diacritics, đ → d, lower case."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


_TRANSFORMS = (
    str.strip,
    lambda s: " ".join(s.split()),
    lambda s: s.replace("\x00", ""),
    lambda s: s.replace("\x00", "\uFFFD"),
    lambda s: s.split("\x00")[0],
    lambda s: s.replace("\u202E", ""),
    lambda s: unicodedata.normalize("NFC", s),
    lambda s: unicodedata.normalize("NFD", s),
    str.lower,
    _fold,
)


def _variants(value):
    found = {value}
    for transform in _TRANSFORMS:
        found |= {transform(v) for v in found}
    return {v for v in found if v}


VARIANTS = {name: _variants(value) | _variants(value[:QUERY_VALUE_LIMIT]) for name, value in CORPUS}


def _longest_prefix_in(needle, haystack):
    """The length k of the longest prefix needle[:k] found in haystack (monotonic: binary search)."""
    low, high = 0, len(needle)
    while low < high:
        mid = (low + high + 1) // 2
        if needle[:mid] in haystack:
            low = mid
        else:
            high = mid - 1
    return low


def _markers_in(text):
    return [m for m in MARKERS if m in text]


def holds_whole_value(text):
    """True when every marker in `text` (one attribute's value) belongs to one whole hostile value —
    exactly, as the server normalised it (trimmed, NUL removed, lower-cased, folded, percent-encoded
    in a URL), or cut to a length limit. A cut is only believed when the kept part already holds both
    quote characters and `>`: an attribute broken open by the value ends at its first quote instead."""
    candidates = {text, urllib.parse.unquote(text), urllib.parse.unquote_plus(text)}
    for candidate in candidates:
        markers = _markers_in(candidate)
        if not markers:
            return True
        for name, value in CORPUS:
            if not any(m in value for m in markers):
                continue
            for variant in VARIANTS[name]:
                if variant in candidate:
                    return True
                if len(variant) < 200:
                    continue
                k = _longest_prefix_in(variant, candidate)
                kept = variant[:k]
                if k < 40 or not all(c in kept for c in "\"'>"):
                    continue
                start = candidate.find(kept)
                rest = candidate[start + k:]
                inside = all(candidate.find(m) >= start and candidate.rfind(m) + len(m) <= start + k for m in markers)
                if inside and rest.strip() in ("", "…", "...", "\u2026\""):
                    return True
    return False


# --- a page, parsed -------------------------------------------------------------------------------

class Field:
    """One control of a form: input, textarea, select or button."""

    def __init__(self, kind, attrs):
        self.kind = kind
        self.attrs = attrs
        self.type = (attrs.get("type") or ("text" if kind == "input" else "submit" if kind == "button" else kind)).lower()
        self.name = attrs.get("name")
        self.value = attrs.get("value") or ""
        self.checked = "checked" in attrs
        self.disabled = "disabled" in attrs
        self.required = "required" in attrs
        self.options = []  # (value, selected, disabled) of a select
        self.form_id = attrs.get("form")

    @property
    def is_text(self):
        """The fields a person types into."""
        if self.disabled or not self.name:
            return False
        if self.kind == "textarea":
            return True
        return self.kind == "input" and self.type in TEXT_TYPES

    def __repr__(self):
        return f"Field({self.kind}:{self.type} {self.name}={short(self.value, 30)})"


TEXT_TYPES = {"text", "search", "email", "tel", "number", "date", "url", "month", "week", "time", "datetime-local"}


class Form:
    def __init__(self, attrs, page_url, index):
        self.attrs = attrs
        self.id = attrs.get("id")
        self.method = (attrs.get("method") or "get").lower()
        self.enctype = (attrs.get("enctype") or "").lower()
        self.action = urllib.parse.urljoin(page_url, attrs.get("action") or page_url)
        self.page_url = page_url
        self.index = index
        self.fields = []

    @property
    def text_fields(self):
        return [f for f in self.fields if f.is_text]

    @property
    def is_multipart(self):
        return "multipart" in self.enctype or any(f.kind == "input" and f.type == "file" for f in self.fields)

    def defaults(self, choose=True):
        """What a browser would send if the person pressed the first submit button as the page is:
        a list of (name, value) pairs. With `choose`, a select left on its empty "— choose —"
        option takes its first real option instead, as a person filling the form would."""
        pairs = []
        radios_seen = {}
        for field in self.fields:
            if not field.name or field.disabled:
                continue
            if field.kind == "input" and field.type in ("submit", "button", "image", "reset", "file"):
                continue
            if field.kind == "button":
                continue
            if field.kind == "select":
                enabled = [o for o in field.options if not o[2]]
                chosen = [o for o in enabled if o[1] and (o[0] or not choose)] or [o for o in enabled if o[0]] or enabled
                if "multiple" in field.attrs:
                    pairs += [(field.name, o[0]) for o in enabled if o[1]]
                elif chosen:
                    pairs.append((field.name, chosen[0][0]))
                continue
            if field.kind == "input" and field.type == "checkbox":
                if field.checked:
                    pairs.append((field.name, field.attrs.get("value", "on") or "on"))
                continue
            if field.kind == "input" and field.type == "radio":
                group = [f for f in self.fields if f.kind == "input" and f.type == "radio" and f.name == field.name and not f.disabled]
                if field.name in radios_seen:
                    continue
                radios_seen[field.name] = True
                chosen = [f for f in group if f.checked] or group[:1]
                pairs.append((field.name, chosen[0].attrs.get("value", "on") or "on"))
                continue
            pairs.append((field.name, field.value))
        submit = next((f for f in self.fields if f.type == "submit" and f.name and not f.disabled), None)
        if submit:
            pairs.append((submit.name, submit.value))
        return pairs

    def __repr__(self):
        return f"Form({self.method.upper()} {self.action} id={self.id} {self.fields})"


class Page(html.parser.HTMLParser):
    """Every start tag with its attributes, the text, the links and the forms of one HTML page."""

    RAW = ("script", "style")

    def __init__(self, url, text):
        super().__init__(convert_charrefs=True)
        self.url = url
        self.elements = []  # (tag, [(name, value)])
        self.texts = []
        self.raw = []  # (tag, content) of script and style elements
        self.links = []  # (href, anchor text)
        self.forms = []
        self._form = None
        self._select = None
        self._option = None
        self._textarea = None
        self._raw = None
        self._link = None
        self._orphans = []
        self.after = []  # for each element, the last element before it with a name or id
        self._last_named = "the top of the page"
        self.feed(text)
        self.close()
        by_id = {f.id: f for f in self.forms if f.id}
        for field in self._orphans:
            if field.form_id in by_id:
                by_id[field.form_id].fields.append(field)

    def _add(self, field):
        if field.form_id:
            self._orphans.append(field)
        elif self._form is not None:
            self._form.fields.append(field)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))
        named = {}
        for name, value in attrs:
            named.setdefault(name, value if value is not None else "")
        self.after.append(self._last_named)
        if named.get("name") or named.get("id"):
            key = "name" if named.get("name") else "id"
            self._last_named = f"<{tag} {key}={named[key][:40]}>"
        if tag == "a" and named.get("href"):
            self._link = [named["href"], ""]
            self.links.append(self._link)
        elif tag == "form":
            if self._form is None:  # a nested form start tag is ignored by browsers
                self._form = Form(named, self.url, len(self.forms))
                self.forms.append(self._form)
        elif tag == "input":
            self._add(Field("input", named))
        elif tag == "button":
            self._add(Field("button", named))
        elif tag == "textarea":
            self._textarea = Field("textarea", named)
            self._add(self._textarea)
        elif tag == "select":
            self._select = Field("select", named)
            self._add(self._select)
        elif tag == "option" and self._select is not None:
            self._option = [named.get("value"), "selected" in named, "disabled" in named, ""]
            self._select.options.append(self._option)
        if tag in self.RAW:
            self._raw = [tag, ""]
            self.raw.append(self._raw)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "a":
            self._link = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._finish_option()
            self._select = None
        elif tag == "option":
            self._finish_option()
        elif tag in self.RAW:
            self._raw = None

    def _finish_option(self):
        if self._option is not None and self._select is not None:
            value, selected, disabled, label = self._option
            self._select.options[-1] = (label.strip() if value is None else value, selected, disabled)
        self._option = None

    def handle_data(self, data):
        if self._raw is not None:
            self._raw[1] += data
            return
        self.texts.append(data)
        if self._textarea is not None:
            self._textarea.value += data
        if self._option is not None:
            self._option[3] += data
        if self._link is not None:
            self._link[1] += data

    # --- what went wrong ------------------------------------------------------------------------

    def injections(self):
        """Every sign that a value became markup rather than text or one attribute's value."""
        problems = []
        for (tag, attrs), after in zip(self.elements, self.after):
            named = {n: (v or "") for n, v in attrs}
            who = f"<{tag}" + "".join(f" {k}={named[k][:40]}" for k in ("name", "id") if named.get(k)) + ">"
            for name, value in attrs:
                if name == MARK:
                    problems.append(f"markup injected after {after}: <{tag} {MARK}={value!r}>")
                elif not ATTRIBUTE_NAME.match(name):
                    problems.append(f"attribute broken open: {who} has an attribute named {short(name, 40)}")
            if tag == "meta" and named.get("http-equiv", "").lower() == "refresh":
                problems.append(f"markup injected after {after}: <meta http-equiv=refresh content={named.get('content')!r}>")
            for name, value in attrs:
                if value and _markers_in(value) and not holds_whole_value(value):
                    problems.append(f"value split across markup: {who} attribute {name} holds only {short(value, 70)}")
                if value and DECODED_ENTITIES in value:
                    problems.append(f"entities decoded once too often: {who} attribute {name} is {short(value, 50)} "
                                    f"where the text {VALUES['entities']!r} was typed")
        for tag, content in self.raw:
            if content.rstrip().endswith("alert(1)") or MARK in content:
                problems.append(f"value inside <{tag}>: {short(content[-80:], 90)}")
        text = "".join(self.texts)
        if DECODED_ENTITIES in text:
            at = text.index(DECODED_ENTITIES)
            problems.append(f"entities decoded once too often: the text shows {short(text[max(0, at - 20):at + 24], 60)} "
                            f"where {VALUES['entities']!r} was typed")
        return sorted(set(problems))

    def forms_posting_to(self, path):
        return [f for f in self.forms if urllib.parse.urlsplit(f.action).path == path]


# --- the route table, read from the Swift sources -------------------------------------------------

STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
LET_GROUP = re.compile(r"^\s*let\s+(\w+)\s*=\s*(\w+)(.*)$")
REGISTRATION = re.compile(r"^\s*(\w+)((?:\.grouped\(.*?\))*)\.(get|post|on|upload)\((.*?)(?:\buse:|\bbody:|\blimit:)")
QUERY_NAME = re.compile(r'query\.get\([^)]*?at:\s*"([^"]+)"')


class Route:
    def __init__(self, method, segments, source):
        self.method = method
        self.segments = segments
        self.source = source

    @property
    def pattern(self):
        return "/" + "/".join(self.segments)

    def matches(self, path):
        parts = [urllib.parse.unquote(p) for p in path.strip("/").split("/")] if path.strip("/") else []
        if len(parts) != len(self.segments):
            return False
        return all(s.startswith(":") or s == p for s, p in zip(self.segments, parts))

    @property
    def specificity(self):
        return sum(not s.startswith(":") for s in self.segments)

    def __repr__(self):
        return f"{self.method} {self.pattern}"


def route_table(root):
    """(routes, query names by source file) from Sources/OCOPApp/Controllers: every `get`, `post`,
    `upload` and `on(.POST …)` registration with its groups' path, and every `req.query.get(…, at: "name")`."""
    routes, queries = [], {}
    controllers = Path(root) / "Sources" / "OCOPApp" / "Controllers"
    for file in sorted(controllers.glob("*.swift")):
        prefixes = {"routes": []}
        names = []
        for line in file.read_text(encoding="utf-8").splitlines():
            names += QUERY_NAME.findall(line)
            group = LET_GROUP.match(line)
            if group and ".grouped(" in group.group(3) and group.group(2) in prefixes:
                prefixes[group.group(1)] = prefixes[group.group(2)] + STRING.findall(group.group(3))
                continue
            registration = REGISTRATION.match(line)
            if not registration or registration.group(1) not in prefixes:
                continue
            base, chain, verb, args = registration.groups()
            method = "POST" if verb == "upload" else verb.upper()
            if verb == "on":
                method = re.match(r"\s*\.(\w+)", args).group(1).upper()
            segments = prefixes[base] + STRING.findall(chain) + STRING.findall(args)
            routes.append(Route(method, segments, file.name))
        queries[file.name] = sorted(set(names))
    return routes, queries


def route_for(routes, method, path):
    """The most specific registered route that serves `path`, or None."""
    found = [r for r in routes if r.method == method and r.matches(path)]
    return max(found, key=lambda r: r.specificity) if found else None
