"""Did-you-mean: the one declared name close to a mistyped one."""
from __future__ import annotations

import functools
from collections.abc import Iterable

_LARGE_POOL = 500


def suggest(word: str, candidates: Iterable[str]) -> str | None:
    """The one candidate close to ``word`` (a case difference, a typo), else None."""
    pool = tuple(candidates)
    try:
        return _suggester(pool).suggest(word)
    except TypeError:  # a candidate that cannot be hashed: no reuse
        return Suggester(pool).suggest(word)


@functools.lru_cache(maxsize=64)
def _suggester(pool: tuple[str, ...]) -> Suggester:
    """One Suggester per pool of names: the rules ask about many missing names against the same
    declared ones (every vault, every secret), and building the index per question made a
    project with many mistakes quadratic."""
    return Suggester(pool)


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """'did you mean "replicas"?' when one candidate is close, else None."""
    return phrase(suggest(word, candidates))


def phrase(candidate: str | None) -> str | None:
    """The hint that offers ``candidate``."""
    return None if candidate is None else f'did you mean "{candidate}"?'


class Suggester:
    """did-you-mean over one set of names, for many lookups: build it once per pool.

    Small pools use difflib's similarity; large ones (the applications of a big project) only
    catch one edit, swap or case difference, through an index of single-character deletions, so
    each lookup costs a few dictionary probes instead of a pass over thousands of names."""

    def __init__(self, candidates: Iterable[str]) -> None:
        self.pool = sorted({c for c in candidates if isinstance(c, str)})
        self.lowered = {c.lower(): c for c in self.pool}
        self.deletions: dict[str, list[str]] | None = None
        self._answers: dict[str, str | None] = {}
        if len(self.pool) > _LARGE_POOL:
            self.deletions = {}
            for c in self.pool:
                if len(c) <= 64:
                    for variant in {c} | {c[:i] + c[i + 1:] for i in range(len(c))}:
                        self.deletions.setdefault(variant, []).append(c)

    def suggest(self, word: str) -> str | None:
        """The close candidate, or None (each word's answer kept: the same typo recurs)."""
        if not isinstance(word, str) or not self.pool:
            return None
        try:
            return self._answers[word]
        except KeyError:
            found = self._answers[word] = self._suggest(word)
            return found

    def _suggest(self, word: str) -> str | None:
        exact = self.lowered.get(word.lower())
        if exact is not None and exact != word:
            return exact
        if self.deletions is None:
            import difflib  # imported when a name is missing, not by every run

            match = difflib.get_close_matches(word, self.pool, n=1, cutoff=0.75)
            if match:
                return match[0]
            close = [c for c in self.pool if one_edit(word, c)]
        elif len(word) > 64:
            return None
        else:
            near: set[str] = set()
            for variant in {word} | {word[:i] + word[i + 1:] for i in range(len(word))}:
                near.update(self.deletions.get(variant, ()))
            close = sorted(c for c in near if one_edit(word, c))
        # one swap, insertion, deletion or change (difflib's ratio is too strict for short words)
        return close[0] if len(close) == 1 else None

    def hint(self, word: str) -> str | None:
        """'did you mean "x"?' for the close candidate, or None."""
        return phrase(self.suggest(word))


def one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one insertion, deletion, change or swap of neighbours."""
    return a != b and len(a) <= 64 and edit_distance(a, b, 1) == 1


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance between `a` and `b`, or `limit + 1` once it exceeds `limit`.

    Only cells within `limit` of the diagonal are computed, so long strings stay cheap.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    # a common prefix and suffix cost nothing (registry hosts share most of their text)
    start, stop = 0, min(len(a), len(b))
    while start < stop and a[start] == b[start]:
        start += 1
    end = 0
    while end < stop - start and a[-1 - end] == b[-1 - end]:
        end += 1
    if start or end:
        a, b = a[start:len(a) - end], b[start:len(b) - end]
    over = limit + 1
    before_previous: list[int] = []
    previous = [j if j <= limit else over for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        current = [i if i <= limit else over] + [over] * len(b)
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before_previous[j - 2] + 1)
            current[j] = min(value, over)
        if min(current) > limit:
            return over
        before_previous, previous = previous, current
    return previous[len(b)]
