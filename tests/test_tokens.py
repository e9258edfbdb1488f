"""Badge tokens: format, offline verification, the four kinds of bad code, issue and re-issue."""

from __future__ import annotations

import string
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakura_desktop.core.qr import qr_version
from sakura_desktop.core.tokens import (
    ALPHABET,
    TOKEN_CHARS,
    VERSION,
    ProgramKey,
    TokenStatus,
    check_character,
    check_token,
    current_token,
    issue_missing_tokens,
    issue_token,
    make_token,
    normalise,
    program_tag,
    reissue_token,
)
from sakura_desktop.db.engine import Database

QR_ALPHANUMERIC = set(string.digits + string.ascii_uppercase + " $%*+-./:")

KEY = ProgramKey(1, "0b5c2f3e-9f51-4a8e-a9f8-1b0e6c1f7d21", b"k" * 32, "This week")
OTHER = ProgramKey(2, "6d1c8a57-2a9d-4e43-b1c4-7f6f0f0c9a11", b"o" * 32, "Last year")

participant_ids = st.integers(min_value=1, max_value=2**30 - 1)
serials = st.integers(min_value=1, max_value=1023)


@given(participant_ids, serials)
def test_a_token_is_uppercase_qr_alphanumeric_and_verifies(pid: int, serial: int) -> None:
    token = make_token(KEY, pid, serial)
    assert len(token) == TOKEN_CHARS
    assert set(token) <= QR_ALPHANUMERIC
    assert token == token.upper()
    check = check_token(token, KEY)
    assert (check.status, check.participant_id, check.serial) == (TokenStatus.VALID, pid, serial)


def test_token_fits_a_small_qr_code_and_carries_no_name() -> None:
    token = make_token(KEY, 123, 1)
    assert qr_version(token) <= 2
    assert "ANONG" not in token


def test_scanner_case_and_surrounding_spaces_are_forgiven() -> None:
    token = make_token(KEY, 42, 3)
    assert check_token(f"  {token.lower()}\r\n", KEY).status is TokenStatus.VALID


@settings(max_examples=300)
@given(
    participant_ids,
    serials,
    st.data(),
)
def test_no_single_character_change_verifies(pid: int, serial: int, data: st.DataObject) -> None:
    token = make_token(KEY, pid, serial)
    position = data.draw(st.integers(min_value=0, max_value=len(token) - 1))
    replacement = data.draw(st.characters(codec="utf-8"))
    altered = token[:position] + replacement + token[position + 1 :]
    if normalise(altered) == token:
        return  # the same token once trimmed and upper-cased
    assert check_token(altered, KEY, [OTHER]).status is not TokenStatus.VALID


PRINTABLE_ASCII = "".join(chr(code) for code in range(32, 127))


@settings(max_examples=500)
@given(
    participant_ids,
    serials,
    st.integers(min_value=0, max_value=TOKEN_CHARS - 1),
    st.sampled_from(PRINTABLE_ASCII),
)
def test_any_single_character_change_is_forged(
    pid: int, serial: int, position: int, replacement: str
) -> None:
    """One altered character (to any printable character) is FORGED: never valid, never junk,
    never mistaken for another program's badge. Only the version prefix may turn it into junk,
    and a space as the last character, which the trimming of scanner input turns into a short
    (so junk) code."""
    token = make_token(KEY, pid, serial)
    altered = token[:position] + replacement + token[position + 1 :]
    if normalise(altered) == token:
        return  # the same token once upper-cased
    status = check_token(altered, KEY, [OTHER]).status
    if position < len(VERSION) or (position == TOKEN_CHARS - 1 and replacement == " "):
        assert status is TokenStatus.JUNK
    else:
        assert status is TokenStatus.FORGED


def test_every_single_substitution_in_the_alphabet_is_caught_exhaustively() -> None:
    """The check character catches every one of the 31 other alphabet characters at every
    position after the version (including the program tag and the check character itself)."""
    token = make_token(KEY, 123_456, 7)
    for position in range(len(VERSION), TOKEN_CHARS):
        for char in ALPHABET:
            if char == token[position]:
                continue
            altered = token[:position] + char + token[position + 1 :]
            assert check_token(altered, KEY, [OTHER]).status is TokenStatus.FORGED, position


def test_characters_outside_the_alphabet_are_forged_not_read_as_digits() -> None:
    token = make_token(KEY, 100, 1)
    for char in "ILOU":
        altered = token[:-2] + char + token[-1]
        assert check_token(altered, KEY).status is TokenStatus.FORGED


def test_check_character_is_luhn_mod_32() -> None:
    token = make_token(KEY, 42, 1)
    assert token[-1] == check_character(token[len(VERSION) : -1])
    assert check_character("0") == "0" and check_character("1") == "Y"  # 2*1 -> 32-2 = 30


@given(participant_ids, serials)
def test_a_token_of_another_program_is_wrong_program_not_forged(pid: int, serial: int) -> None:
    token = make_token(OTHER, pid, serial)
    assert check_token(token, KEY).status is TokenStatus.WRONG_PROGRAM
    named = check_token(token, KEY, [OTHER])
    assert (named.status, named.other_program) == (TokenStatus.WRONG_PROGRAM, "Last year")


@given(st.uuids())
def test_program_tags_differ_and_use_the_token_alphabet(program_uuid: uuid.UUID) -> None:
    tag = program_tag(str(program_uuid))
    assert len(tag) == 4 and set(tag) <= set(ALPHABET)


@given(st.text(max_size=60))
def test_junk_is_junk(text: str) -> None:
    status = check_token(text, KEY).status
    assert status is not TokenStatus.VALID
    code = normalise(text)
    if not code.startswith(VERSION) or len(code) != TOKEN_CHARS:
        assert status is TokenStatus.JUNK


@pytest.mark.parametrize(
    "code",
    [
        "",
        "hello",
        "https://example.org/",
        "4901234567894",
        "SK1",
        "SK2" + "0" * 29,
        "SK1" + "0" * 28,  # one character short
        "SK1" + "0" * 30,  # one character too many
    ],
)
def test_typical_junk(code: str) -> None:
    assert check_token(code, KEY).status is TokenStatus.JUNK


def test_same_tag_but_other_secret_is_forged() -> None:
    impostor = ProgramKey(1, KEY.uuid, b"x" * 32)
    assert check_token(make_token(impostor, 5, 1), KEY).status is TokenStatus.FORGED


def _reseal(code: str) -> str:
    """`code` with its check character recomputed (what a deliberate forger would do)."""
    return code[:-1] + check_character(code[len(VERSION) : -1])


def test_with_a_good_check_character_tag_and_signature_decide() -> None:
    token = make_token(KEY, 77, 2)
    other_tag = "ZZZZ" if KEY.tag != "ZZZZ" else "YYYY"
    unknown_program = _reseal(token[:3] + other_tag + token[7:])
    assert check_token(unknown_program, KEY).status is TokenStatus.WRONG_PROGRAM
    bad_mac = _reseal(token[:-2] + ("0" if token[-2] != "0" else "1") + token[-1])
    assert check_token(bad_mac, KEY).status is TokenStatus.FORGED
    claims_other = _reseal(token[:3] + OTHER.tag + token[7:])
    assert check_token(claims_other, KEY, [OTHER]).status is TokenStatus.FORGED


def test_out_of_range_values_are_refused() -> None:
    with pytest.raises(ValueError):
        make_token(KEY, 2**30, 1)
    with pytest.raises(ValueError):
        make_token(KEY, 1, 1024)


# --- issuing against a database ---------------------------------------------------------------


def test_issue_reissue_and_current(database: Database) -> None:
    from checkin_world import build_world

    world = build_world(database)
    factory = database.session_factory
    pid = world.people["anong"]
    first = current_token(factory, pid)
    assert first is not None and first.serial == 1 and first.token == world.tokens["anong"]
    assert issue_token(factory, pid) == first  # idempotent
    second = reissue_token(factory, pid)
    assert second.serial == 2 and second.token != first.token
    assert current_token(factory, pid) == second
    # Issuing the missing ones leaves live badges alone.
    again = {t.participant_id: t for t in issue_missing_tokens(factory, world.program_id)}
    assert again[pid] == second
    assert len(again) == len(world.people)
