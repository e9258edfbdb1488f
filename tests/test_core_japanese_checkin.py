"""The check-in, sync and station-package sentences follow the window's language (Japanese when
the window installed it) and stay English where nothing is installed, as on the command line."""

from __future__ import annotations

import pytest
from checkin_world import FakeClock, World, build_world

from sakura_desktop.core.checkin.decision import Outcome
from sakura_desktop.core.checkin.rollcall import start_roll_call
from sakura_desktop.core.stations.envelope import WeakPassphraseError, check_passphrase
from sakura_desktop.core.sync.gaps import Gap
from sakura_desktop.db.engine import Database
from sakura_desktop.db.enums import Direction
from sakura_desktop.errors import UserError
from sakura_desktop.ui.checkin.text import result_view

BUS = "Bus to Harima"
LECTURE = "Welcome lecture"


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def test_the_check_in_screen_speaks_japanese(world: World, japanese: None) -> None:
    desk = world.desk()
    bus = world.cp(BUS)
    anong = world.tokens["anong"]
    welcome = desk.scan(bus, anong)
    assert welcome.outcome is Outcome.ACCEPTED
    assert welcome.message == "ようこそ、Nong さん！"
    desk.scan(bus, anong, direction=Direction.OUT)
    again = desk.scan(bus, anong, direction=Direction.OUT)
    # The big panel's headline comes from the result's flag, not from the (Japanese) message.
    assert again.already_out and again.message.startswith("Nong さんは ")
    assert again.message.endswith(" に退出済みです。")
    assert result_view(again).headline == "退出済みです"
    junk = desk.scan(bus, "hello")
    assert junk.message == "Sakura の名札ではありません。名札の QR コードをスキャンしてください。"
    undone = desk.undo(welcome.event_uuid)
    assert undone.message.endswith(" Nong Saetang さんのスキャンを取り消しました。")
    with pytest.raises(UserError, match="は入場のみを記録します"):
        desk.scan(world.cp(LECTURE), anong, direction=Direction.OUT)


def test_sync_and_station_package_sentences_in_japanese(japanese: None) -> None:
    gap = Gap("uuid", "Door 2", 4, 6)
    assert gap.message.startswith("Door 2 のスキャン 4–6 がありません")
    with pytest.raises(WeakPassphraseError, match="パスフレーズは 3 文字です"):
        check_passphrase("abc")


def test_without_a_translator_the_sentences_stay_english(world: World) -> None:
    desk = world.desk()
    bus = world.cp(BUS)
    anong = world.tokens["anong"]
    assert desk.scan(bus, anong).message == "Welcome, Nong!"
    desk.scan(bus, anong, direction=Direction.OUT)
    again = desk.scan(bus, anong, direction=Direction.OUT)
    assert again.already_out and " is already checked out at " in again.message
    assert result_view(again).headline == "Already checked out"
    assert Gap("uuid", "Door 2", 4, 4).message == (
        "scan 4 of Door 2 is missing: import its journal again or the missing file"
    )
    with pytest.raises(WeakPassphraseError, match="The passphrase has 3 characters"):
        check_passphrase("abc")


def test_checkpoints_and_roll_calls_made_in_a_japanese_window_are_named_in_japanese(
    japanese: None, database: Database
) -> None:
    # Built after the translator is installed: the names are composed as the window shows them.
    world = build_world(database)
    names = sorted(info.name for info in world.checkpoints.values())
    assert "到着" in names
    assert "Bus to Harima 7月13日（月） 12:00" in names  # the session's title stays as typed
    assert not any("Mon" in name or "Arrival" in name for name in names)
    call = start_roll_call(
        database.session_factory, world.program_id, station_name="正面入口", now=FakeClock()
    )
    assert call.name == "点呼（月）09:00"


def test_checkpoints_made_without_a_translator_keep_their_english_names(world: World) -> None:
    names = {info.name for info in world.checkpoints.values()}
    assert {"Arrival", "Bus to Harima, Mon 13 Jul 12:00"} <= names
