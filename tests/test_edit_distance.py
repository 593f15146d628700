"""The banded, affix-trimming edit distance equals the textbook optimal-string-alignment
distance, and close_addresses picks what a full scan picks."""
from __future__ import annotations

import random

from avassa_lint.model.image_ref import close_addresses
from avassa_lint.text.suggest import edit_distance


def _textbook(a: str, b: str) -> int:
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def test_equals_the_textbook_distance_up_to_the_limit() -> None:
    rnd = random.Random(11)
    for _ in range(20000):
        a = "".join(rnd.choice("abc") for _ in range(rnd.randint(0, 8)))
        b = "".join(rnd.choice("abc") for _ in range(rnd.randint(0, 8)))
        limit = rnd.randint(0, 3)
        assert edit_distance(a, b, limit) == min(_textbook(a, b), limit + 1), (a, b, limit)


def test_shared_prefix_and_suffix() -> None:
    assert edit_distance("harbor-05.exmaple.net:6000", "harbor-05.example.net:6000", 2) == 1
    assert edit_distance("harbor-05.exmaple.net:6000", "harbor-06.example.net:6000", 2) == 2
    assert edit_distance("harbor-05.exmaple.net:6000", "harbor-16.example.net:6000", 2) == 3  # over the limit


def test_close_addresses_picks_the_first_closest() -> None:
    hosts = [f"harbor-{i:02}.example.net:6000" for i in range(40)]
    assert close_addresses("harbor-05.exmaple.net:6000", hosts) == "harbor-05.example.net:6000"
    assert close_addresses("harbor-05.example.net:6001", hosts) == "harbor-05.example.net:6000"  # another port
    assert close_addresses("harbr-05.exampl.net:6000", hosts) == "harbor-05.example.net:6000"  # two edits
    assert close_addresses("harbor-5.example.net:6000", hosts) == "harbor-05.example.net:6000"
    # two at one edit: the first declared wins (the rule's fix then sees it is not the only one)
    assert close_addresses("harbor-0.example.net:6000", hosts) == "harbor-00.example.net:6000"
    assert close_addresses("quay.io", hosts) is None
