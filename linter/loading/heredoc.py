"""supctl heredocs in shell scripts and Markdown: the YAML fed to ``supctl create|replace|merge``.

``extract_heredocs`` returns a line-preserving YAML text: every line that is not inside a heredoc
body is blank, and the line just before each body (the ``supctl ... <<EOF`` command line) becomes
a ``---`` document marker, so findings land at the line and column of the host file. The kind of
each payload comes from the command's path words (``strongbox vaults V secrets`` is a secret in
vault V), and an unquoted delimiter whose body the shell would expand is reported (YML009).

The shell is read the way bash reads it, as far as finding heredocs needs: quotes, backslash
escapes, comments, operators, ``\\``-continued lines, several heredocs on one line (their bodies
follow in order), ``<<-`` tab stripping. Every line is looked at a bounded number of times, so a
100,000-line script or 10,000 heredocs cost linear time.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field

from avassa_lint.loading.classify import (
    ACME_SERVICE,
    APPLICATION,
    APPROLE,
    DEPLOYMENT,
    JWT_AUTH,
    JWT_ROLE,
    POLICY,
    REGISTRY,
    RESOURCE_PROFILE,
    SECRET,
    SETTINGS,
    SITE,
    STATIC_REQUEST,
    TENANT,
    VAULT,
    Evidence,
    Hint,
)
from avassa_lint.core.diagnostic import Edit, Fix, Problem, Related, Span
from avassa_lint.core import codes

SCRIPT_SUFFIXES = (".sh", ".bash", ".md", ".markdown")
MARKDOWN_SUFFIXES = (".md", ".markdown")

PAYLOAD_VERBS = frozenset({"create", "replace", "merge"})
# ``supctl merge`` sends a plain patch: a partial object, without the keys it leaves alone. The
# engine skips required-key checks for these documents and keeps them out of the model's
# definitions (``Extraction.partial``); unknown keys, types and values are still checked.
LINT_MERGE_PAYLOADS = True
# supctl options known to take a value. An unknown option is taken as a flag: if it did take a
# value, that value is not a verb and the command is skipped, never misread.
_VALUE_OPTIONS = frozenset({"--site", "--query-params"})
# Fenced block languages that hold shell commands; console blocks show them after a "$ " prompt.
_SHELL_LANGS = frozenset({"", "sh", "bash", "shell", "zsh"})
_CONSOLE_LANGS = frozenset({"console", "shell-session", "sh-session", "shellsession"})

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_FENCE_OPEN = re.compile(r"^( *)(`{3,}|~{3,})[ \t]*([^\s`{]*)")
_EXPANSION = re.compile(r"\$\{[^}\s]{0,40}\}?")
_UNESCAPE = re.compile(r"\\([$`\\])")
_OTHER_BREAKS = re.compile("[\x85\u2028\u2029]")  # line breaks to YAML (and to fixes), not to the shell


def is_script(path: str) -> bool:
    return path.lower().endswith(SCRIPT_SUFFIXES)


@dataclass
class Extraction:
    text: str  # same number of lines as the host file
    hints: dict[int, Hint] = field(default_factory=dict)  # 1-based line of a command -> its kind
    problems: list[Problem] = field(default_factory=list)
    # marker lines of ``supctl merge`` payloads (plain patches: required keys may be absent);
    # filled only when LINT_MERGE_PAYLOADS is on
    partial: set[int] = field(default_factory=set)


def payload_kind(path_words: list[str]) -> tuple[str | None, str | None]:
    """The kind (and the parent: a secret's vault, a JWT role's method, a static request's ACME
    service) that a supctl path addresses.

    ``create`` names the list (``applications``); ``replace`` and ``merge`` add the entry's name
    (``applications web``, ``strongbox vaults V secrets S``). Paths outside the table give no kind.
    """
    w = path_words
    if not w:
        return None, None
    if w[0] == "applications" and len(w) <= 2:
        return APPLICATION, None
    if w[0] == "application-deployments" and len(w) <= 2:
        return DEPLOYMENT, None
    if w[0] == "image-registry" and len(w) >= 2:
        if w[1] == "remote-registries" and len(w) <= 3:
            return REGISTRY, None
        if w[1] == "settings" and len(w) == 2:
            return SETTINGS, None
        return None, None
    if w[0] == "policy" and len(w) in (2, 3) and w[1] == "policies":
        return POLICY, None
    if w[0] == "system" and len(w) in (2, 3) and w[1] == "sites":
        return SITE, None
    if w[0] == "tenants":
        if len(w) <= 2:
            return TENANT, None
        if w[2] == "resource-profiles" and len(w) <= 4:
            return RESOURCE_PROFILE, None
    if w[0] == "strongbox" and len(w) >= 2 and w[1] == "vaults":
        if len(w) <= 3:
            return VAULT, None
        if w[3] == "secrets" and len(w) <= 5:
            return SECRET, w[2]
    if w[0] == "strongbox" and len(w) >= 3 and w[1] == "authentication":
        if w[2] == "approles" and len(w) <= 4:
            return APPROLE, None
        if w[2] == "jwt":
            if len(w) <= 4:
                return JWT_AUTH, None
            if w[4] == "roles" and len(w) <= 6:
                return JWT_ROLE, w[3]
    if w[0] == "strongbox" and len(w) >= 2 and w[1] == "acme-services":
        if len(w) <= 3:
            return ACME_SERVICE, None
        if w[3] == "static-requests" and len(w) <= 5:
            return STATIC_REQUEST, w[2]
    return None, None


# --------------------------------------------------------------------------- shell tokens


@dataclass
class _Line:
    """One host line as the shell sees it: ``text`` starts at host column ``start`` (0-based);
    ``pad`` is the indentation the body of a Markdown block keeps (its fence's indentation)."""

    number: int
    text: str
    start: int = 0
    pad: int = 0


@dataclass
class _Token:
    kind: str  # "word", "op", "redir"
    text: str  # a word's value with quotes removed
    line: int
    column: int  # 1-based host column
    quoted: bool = False  # any part of the word was quoted or escaped
    end_line: int = 0
    end_column: int = 0


_OPERATORS = ("<<<", "<<-", "&>>", "<<", "<>", "<&", ">>", ">|", ">&", "&>", "&&", "||", "|&", ";;",
              "<", ">", "|", "&", ";", "(", ")")
_REDIRECTS = frozenset({"<<<", "<<-", "&>>", "<<", "<>", "<&", ">>", ">|", ">&", "&>", "<", ">"})


class _Tokenizer:
    """Splits one logical shell line (physical lines joined by ``\\``) into tokens."""

    def __init__(self) -> None:
        self.tokens: list[_Token] = []
        self.comment: tuple[int, int, str] | None = None  # line, 0-based column, text of a trailing comment
        self._word: list[str] | None = None
        self._quoted = False
        self._at = (0, 0)
        self._end = (0, 0)
        self._quote: str | None = None

    def _close_word(self) -> None:
        if self._word is not None:
            self.tokens.append(_Token("word", "".join(self._word), self._at[0], self._at[1], self._quoted,
                                      self._end[0], self._end[1]))
        self._word = None
        self._quoted = False

    def _word_char(self, ch: str, line: int, col: int) -> None:
        if self._word is None:
            self._word, self._at = [], (line, col)
        self._word.append(ch)
        self._end = (line, col + 1)

    def feed(self, line: _Line) -> bool:
        """Tokenize one physical line; True when it ends in a line continuation."""
        text, n, base = line.text, len(line.text), line.start + 1
        i = 0
        while i < n:
            ch = text[i]
            col = base + i
            if self._quote == "'":
                if ch == "'":
                    self._quote = None
                    self._end = (line.number, col + 1)
                else:
                    self._word_char(ch, line.number, col)
                i += 1
                continue
            if self._quote == '"':
                if ch == '"':
                    self._quote = None
                    self._end = (line.number, col + 1)
                elif ch == "\\":
                    if i + 1 == n:
                        return True
                    nxt = text[i + 1]
                    if nxt not in '$`"\\':
                        self._word_char("\\", line.number, col)
                    self._word_char(nxt, line.number, col + 1)
                    i += 1
                else:
                    self._word_char(ch, line.number, col)
                i += 1
                continue
            if ch in " \t":
                self._close_word()
            elif ch == "#" and self._word is None:
                self.comment = (line.number, line.start + i, text[i:])
                break
            elif ch == "\\":
                if i + 1 == n:
                    return True  # backslash-newline: the word (if any) goes on on the next line
                self._word_char(text[i + 1], line.number, col)
                self._quoted = True
                self._end = (line.number, col + 2)
                i += 1
            elif ch in "'\"":
                self._word_char("", line.number, col)
                self._quoted = True
                self._quote = ch
            elif ch in "<>&|;()":
                op = next(o for o in _OPERATORS if text.startswith(o, i))
                word = self._word
                if op in _REDIRECTS and word is not None and not self._quoted and "".join(word).isdigit():
                    self._word = None  # a file descriptor number: 2>, 0<<EOF
                self._close_word()
                kind = "redir" if op in _REDIRECTS else "op"
                self.tokens.append(_Token(kind, op, line.number, col))
                i += len(op)
                continue
            else:
                self._word_char(ch, line.number, col)
            i += 1
        # A quote left open at the end of a line is closed here: bash would read on into the next
        # lines, but a stray apostrophe in a Markdown block must not swallow the rest of it.
        self._quote = None
        self._close_word()
        return False


@dataclass
class _Heredoc:
    delimiter: str
    quoted: bool
    strip_tabs: bool
    line: int  # of the << operator
    column: int
    end_column: int  # after the delimiter word, on the same line; 0 when it is elsewhere
    kind: str | None = None
    vault: str | None = None
    payload: bool = False  # fed to supctl create|replace|merge
    merge: bool = False
    directive: tuple[int, int, str] | None = None  # an avassa-lint comment on the command line
    body: list[_Line] = field(default_factory=list)
    marker: int = 0  # the host line that becomes "---": the line before the body
    word_column: int = 0  # where the delimiter word starts, on the same line; 0 when it is elsewhere


@dataclass
class _Command:
    """A simple command: its words, its heredocs, and the operator that follows it."""

    words: list[_Token] = field(default_factory=list)
    heredocs: list[_Heredoc] = field(default_factory=list)
    stdin: _Heredoc | None = None  # the heredoc that is its standard input, if the last input redirection is one
    redirected: bool = False  # any input redirection (a pipe into it no longer reaches it)
    op: str = ""


def _commands(tokens: list[_Token]) -> list[_Command]:
    out: list[_Command] = []
    command = _Command()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind == "op":
            command.op = tok.text
            out.append(command)
            command = _Command()
        elif tok.kind == "redir":
            target = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].kind == "word" else None
            if target is not None:
                i += 1
                if tok.text in ("<<", "<<-") and (target.text or target.quoted):
                    same_line = target.end_line == tok.line
                    command.stdin = _Heredoc(target.text, target.quoted, tok.text == "<<-", tok.line, tok.column,
                                             target.end_column if same_line else 0)
                    if same_line and target.line == tok.line:
                        command.stdin.word_column = target.column
                    command.heredocs.append(command.stdin)
                    command.redirected = True
                elif tok.text in ("<", "<>", "<&", "<<<"):
                    command.stdin = None  # a later redirection replaces the heredoc as stdin
                    command.redirected = True
        else:
            command.words.append(tok)
        i += 1
    out.append(command)
    return out


def _supctl_path(words: list[_Token]) -> tuple[str, list[str]] | None:
    """(verb, path words) of ``supctl [options] [topdc] create|replace|merge PATH...``."""
    argv = [w.text for w in words]
    start = next((k for k, w in enumerate(argv) if w.rsplit("/", 1)[-1] == "supctl"), None)
    if start is None:
        return None
    k = start + 1
    while k < len(argv):
        word = argv[k]
        if word in PAYLOAD_VERBS:
            path = []
            rest = argv[k + 1:]
            if any(a in ("-f", "--file") or a.startswith("--file=") for a in rest):
                return None  # the payload comes from a file, not from stdin
            j = 0
            while j < len(rest):
                if rest[j].startswith("-"):
                    if rest[j] in _VALUE_OPTIONS:
                        j += 1
                elif rest[j]:
                    path.append(rest[j])
                j += 1
            return word, path
        if word.startswith("-"):
            k += 2 if word in _VALUE_OPTIONS else 1
        elif word == "topdc":  # the Control Tower site, used for image-registry settings
            k += 1
        else:
            return None  # show, delete, do, ...: no payload
    return None


def _is_plain_cat(words: list[_Token]) -> bool:
    argv = [w.text for w in words]
    return bool(argv) and argv[0].rsplit("/", 1)[-1] == "cat" and all(a == "-" for a in argv[1:])


def _heredocs_of(tokens: list[_Token]) -> list[_Heredoc]:
    """Every heredoc of a logical line, in the order their bodies follow; payloads marked."""
    commands = _commands(tokens)
    found: list[_Heredoc] = []
    for n, command in enumerate(commands):
        found.extend(command.heredocs)
        doc = command.stdin
        if doc is None:
            continue
        target = _supctl_path(command.words)
        if (target is None and command.op == "|" and _is_plain_cat(command.words) and n + 1 < len(commands)
                and not commands[n + 1].redirected):
            target = _supctl_path(commands[n + 1].words)  # cat <<'EOF' | supctl create ...
        if target is None:
            continue
        verb, path = target
        doc.payload = True
        doc.merge = verb == "merge"
        doc.kind, doc.vault = payload_kind(path)
    return found


# --------------------------------------------------------------------------- reading lines


class _Scanner:
    """Reads shell lines one by one: commands, then the bodies of their heredocs."""

    def __init__(self, console: bool = False) -> None:
        self.console = console  # bodies may carry the shell's "> " continuation prompt
        self.done: list[_Heredoc] = []
        self._tokenizer: _Tokenizer | None = None
        self._queue: deque[_Heredoc] = deque()
        self._prompted = False

    @property
    def busy(self) -> bool:
        """Inside a continued command or a heredoc body."""
        return self._tokenizer is not None or bool(self._queue)

    def feed(self, line: _Line) -> None:
        if self._queue:
            self._body_line(line)
            return
        if self._tokenizer is None:
            if "<<" not in line.text and not line.text.endswith("\\"):
                return  # cannot start a heredoc nor go on on the next line: skip the tokenizer
            self._tokenizer = _Tokenizer()
        elif self.console:
            line = _strip_prompt(line, ">")
        if self._tokenizer.feed(line):
            return
        tokenizer, self._tokenizer = self._tokenizer, None
        if not any(t.kind == "redir" and t.text in ("<<", "<<-") for t in tokenizer.tokens):
            return
        docs = _heredocs_of(tokenizer.tokens)
        directive = tokenizer.comment if tokenizer.comment and "avassa-lint:" in tokenizer.comment[2] else None
        for doc in docs:
            doc.marker = line.number
        first = next((doc for doc in docs if doc.payload), None)
        if first is not None and directive is not None and directive[0] == line.number:
            first.directive = directive
        self._queue = deque(docs)
        self._prompted = False

    def _body_line(self, line: _Line) -> None:
        doc = self._queue[0]
        if self.console:
            if not doc.body and not self._prompted and (line.text == ">" or line.text.startswith("> ")):
                self._prompted = True
            if self._prompted:
                line = _strip_prompt(line, ">")
        text = line.text.lstrip("\t") if doc.strip_tabs else line.text
        if text == doc.delimiter:
            self.done.append(doc)
            self._queue.popleft()
            if self._queue:
                self._queue[0].marker = line.number  # the next body starts after this line
            return
        doc.body.append(line)

    def finish(self) -> None:
        """End of the file or of the Markdown block: an open heredoc ends here."""
        self.done.extend(self._queue)
        self._queue = deque()
        self._tokenizer = None


def _strip_prompt(line: _Line, prompt: str) -> _Line:
    if line.text == prompt:
        return _Line(line.number, "", line.start + 1, line.pad + 2)
    if line.text.startswith(prompt + " "):
        return _Line(line.number, line.text[2:], line.start + 2, line.pad + 2)
    return line


def _markdown_scan(lines: list[str]) -> list[_Heredoc]:
    """Heredocs inside fenced shell and console blocks of a Markdown file."""
    done: list[_Heredoc] = []
    fence: tuple[str, int, int] | None = None  # character, length, indentation
    scanner: _Scanner | None = None
    for number, text in enumerate(lines, start=1):
        if fence is None:
            match = _FENCE_OPEN.match(text)
            if match:
                marks = match.group(2)
                fence = (marks[0], len(marks), len(match.group(1)))
                lang = match.group(3).lower().lstrip(".")
                if lang in _SHELL_LANGS:
                    scanner = _Scanner()
                elif lang in _CONSOLE_LANGS:
                    scanner = _Scanner(console=True)
                else:
                    scanner = None  # yaml, json, python, ...: not commands
            continue
        char, length, indent = fence
        stripped = text.lstrip(" ")
        if stripped.startswith(char * length) and not stripped.strip(char).strip():
            if scanner is not None:
                scanner.finish()
                done.extend(scanner.done)
            fence, scanner = None, None
            continue
        if scanner is None:
            continue
        # CommonMark removes up to the fence's indentation from each line of the block
        removed = min(indent, len(text) - len(stripped))
        line = _Line(number, text[removed:], removed, indent)
        if not scanner.busy and (line.text == "$" or line.text.startswith("$ ")):
            line = _Line(number, line.text[2:], removed + 2, indent)  # a "$ " prompt
        elif not scanner.busy and scanner.console:
            continue  # output shown in a console block
        scanner.feed(line)
    if scanner is not None:
        scanner.finish()
        done.extend(scanner.done)
    return done


def _shell_scan(lines: list[str]) -> list[_Heredoc]:
    scanner = _Scanner()
    for number, text in enumerate(lines, start=1):
        scanner.feed(_Line(number, text))
    scanner.finish()
    return scanner.done


# --------------------------------------------------------------------------- output


def _body_text(doc: _Heredoc) -> list[tuple[int, str, str]]:
    """(line, shell text, YAML text) of each body line. The shell text is what the shell reads;
    the YAML text is what it passes on to supctl, shifted right by the same amount on every line
    so that it keeps its host columns.

    ``<<-`` makes the shell strip every leading tab. The tabs are replaced by as many spaces as
    the least-indented line had tabs: a uniform shift, so the YAML means what supctl receives,
    and a body indented by the same tabs throughout (the usual case) keeps its exact columns. A
    line with more tabs than that lands the extra tabs to the left of its host columns.

    In an unquoted heredoc the shell drops the backslash of the escapes backslash-dollar,
    backslash-backtick and backslash-backslash; the YAML text drops it too (a YAML string
    "backslash-dollar{DB}" would not even be valid YAML), moving the rest of the line one column
    to the left per escape.
    """
    shift = 0
    if doc.strip_tabs:
        counts = [len(ln.text) - len(ln.text.lstrip("\t")) for ln in doc.body if ln.text.strip("\t")]
        shift = min(counts, default=0)
    out = []
    for ln in doc.body:
        text = ln.text.lstrip("\t") if doc.strip_tabs else ln.text
        if not text and doc.strip_tabs:
            out.append((ln.number, "", ""))
            continue
        shell = " " * (ln.pad + shift) + text
        yaml = shell if doc.quoted or "\\" not in shell else _UNESCAPE.sub(r"\1", shell)
        out.append((ln.number, shell, yaml))
    return out


def _expansion(body: list[tuple[int, str, str]]) -> tuple[int, int, str] | None:
    """The first ``${...}`` or ``$$`` the shell would expand: line, 1-based column, text."""
    for number, text, _ in body:
        if "$" not in text:
            continue
        i, n = 0, len(text)
        while i < n:
            ch = text[i]
            if ch == "\\":
                i += 2  # \$ is a literal dollar sign in an unquoted heredoc
                continue
            if ch == "$" and i + 1 < n and text[i + 1] in "{$":
                found = "$$" if text[i + 1] == "$" else _EXPANSION.match(text, i).group()  # type: ignore[union-attr]
                return number, i + 1, found
            i += 1
    return None


def _quote_fix(path: str, doc: _Heredoc, body: list[tuple[int, str, str]], lines: list[str]) -> Fix | None:
    """``<<'EOF'`` for ``<<EOF`` (unsafe: the shell then expands nothing): only when the body's
    every "$" starts a "${" (no "$VAR", "$(...)", "$$" the author may want expanded) and it has no
    backslash or backquote (which mean something else in a quoted heredoc), and the delimiter word
    is written, unquoted, right there on the operator's line."""
    if doc.quoted or not doc.word_column or not doc.end_column or not 0 < doc.line <= len(lines):
        return None
    for _, shell, _ in body:
        if "\\" in shell or "`" in shell or any(shell[i + 1: i + 2] != "{" for i, ch in enumerate(shell) if ch == "$"):
            return None
    line = lines[doc.line - 1]
    if line[doc.word_column - 1: doc.end_column - 1] != doc.delimiter:
        return None
    operator = line[doc.column - 1: doc.word_column - 1].rstrip(" \t")
    if operator != ("<<-" if doc.strip_tabs else "<<"):
        return None
    span = Span(path, doc.line, doc.word_column, doc.line, doc.end_column)
    return Fix(f"quote the delimiter: {operator}'{doc.delimiter}'", (Edit(span, f"'{doc.delimiter}'"),), safe=False)


def _unquoted_problem(path: str, doc: _Heredoc, body: list[tuple[int, str, str]],
                      lines: list[str] | None = None) -> Problem | None:
    if doc.quoted:
        return None
    found = _expansion(body)
    if found is None:
        return None
    line, column, text = found
    op = "<<-" if doc.strip_tabs else "<<"
    end = doc.end_column if doc.end_column else doc.column + len(op)
    span = Span(path, doc.line, doc.column, doc.line, end)
    where = Span(path, line, column, line, column + len(text))
    if text == "$$":
        what = f'replaces "$$" on line {line} with its process id'
    else:
        shown = "${...}" if doc.kind == SECRET else text  # never quote a secret's value
        what = f'expands "{shown}" on line {line}'
    return Problem(
        codes.UNQUOTED_HEREDOC,
        span,
        f"the heredoc delimiter {doc.delimiter} is unquoted, so the shell {what} before supctl reads the payload",
        f"quote the delimiter ({op}'{doc.delimiter}') to pass the text as written, "
        "or write \\$ for each $ that supctl should see",
        (Related(where, "expanded by the shell here"),),
        fix=_quote_fix(path, doc, body, lines) if lines is not None and text.startswith("${") else None,
    )


def extract_heredocs(path: str, text: str) -> Extraction:
    """The YAML payloads of ``supctl create|replace|merge`` heredocs, at their host positions."""
    pieces = _LINE_BREAK.split(text)
    breaks = _LINE_BREAK.findall(text) + [""]
    markdown = path.lower().endswith(MARKDOWN_SUFFIXES)
    docs = _markdown_scan(pieces) if markdown else _shell_scan(pieces)
    out = [""] * len(pieces)
    extraction = Extraction("")
    host_lines = None if _OTHER_BREAKS.search(text) else pieces  # lines as fixes count them, or None
    for doc in docs:
        if not doc.payload:
            continue
        body = _body_text(doc)
        problem = _unquoted_problem(path, doc, body, host_lines)
        if problem is not None:
            extraction.problems.append(problem)
        marker = "---"
        if doc.directive is not None:  # keep "# avassa-lint: disable=..." on the command line working
            _, column, comment = doc.directive
            marker += " " * max(column - 3, 1) + comment
        if doc.merge and not LINT_MERGE_PAYLOADS:
            if doc.directive is not None:
                out[doc.marker - 1] = " " * column + comment
            continue
        out[doc.marker - 1] = marker
        extraction.hints[doc.marker] = Hint(doc.kind, Evidence.COMMAND, doc.vault)
        if doc.merge:
            extraction.partial.add(doc.marker)
        for number, _, yaml_text in body:
            out[number - 1] = yaml_text
    if not extraction.hints:
        out = [""] * len(pieces)
    for k in range(1, len(out)):
        if not out[k] and breaks[k - 1] == "\r" and breaks[k] == "\n":
            out[k] = " "  # an empty line between a lone CR and an LF would join them into one CRLF
    extraction.text = "".join(line + brk for line, brk in zip(out, breaks))
    return extraction
