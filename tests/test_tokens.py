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
    ProgramKey,
    TokenStatus,
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


@given(participant_ids, serials, st.integers(min_value=0, max_value=TOKEN_CHARS - 1), st.data())
def test_altering_the_signed_part_with_valid_characters_is_forged_or_foreign(
    pid: int, serial: int, position: int, data: st.DataObject
) -> None:
    token = make_token(KEY, pid, serial)
    if position < 3:
        return  # the version prefix: any change makes it junk (tested below)
    char = data.draw(st.sampled_from(ALPHABET).filter(lambda c: c != token[position]))
    altered = token[:position] + char + token[position + 1 :]
    status = check_token(altered, KEY).status
    if 3 <= position < 7:  # the program tag: looks like another program's badge
        assert status is TokenStatus.WRONG_PROGRAM
    else:
        assert status is TokenStatus.FORGED


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
    assert check_token(text, KEY).status in {TokenStatus.JUNK, TokenStatus.WRONG_PROGRAM}
    if not normalise(text).startswith("SK1"):
        assert check_token(text, KEY).status is TokenStatus.JUNK


@pytest.mark.parametrize(
    "code",
    [
        "",
        "hello",
        "https://example.org/",
        "4901234567894",
        "SK1",
        "SK2" + "0" * 28,
        "SK1" + "I" * 28,
    ],
)
def test_typical_junk(code: str) -> None:
    assert check_token(code, KEY).status is TokenStatus.JUNK


def test_same_tag_but_other_secret_is_forged() -> None:
    impostor = ProgramKey(1, KEY.uuid, b"x" * 32)
    assert check_token(make_token(impostor, 5, 1), KEY).status is TokenStatus.FORGED


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
