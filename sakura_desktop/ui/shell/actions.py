"""The menu bar: File, View, Help, with standard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from sakura_desktop import APP_NAME
from sakura_desktop.settings import Settings
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.shell.commands import ShellCommands
from sakura_desktop.ui.shell.navigation import SCREENS, Navigator


@dataclass
class Actions:
    new_database: QAction
    open_database: QAction
    new_program: QAction
    export_station_package: QAction
    set_up_station: QAction
    check_database: QAction
    purge_personal_data: QAction
    back_up_now: QAction
    restore_backup: QAction
    settings: QAction
    quit: QAction
    refresh: QAction
    about: QAction
    quick_start: QAction
    shortcuts: QAction
    data_places: QAction
    recent_menu: QMenu
    screens: dict[str, QAction]
    sync_now: QAction
    choose_sync_folder: QAction


def _action(
    window: QMainWindow,
    text: str,
    slot: object,
    *shortcuts: QKeySequence.StandardKey | str,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        found = (
            QKeySequence.keyBindings(shortcut)
            if isinstance(shortcut, QKeySequence.StandardKey)
            else [QKeySequence(shortcut)]
        )
        sequences += [seq for seq in found if not seq.isEmpty() and seq not in sequences]
    if sequences:
        action.setShortcuts(sequences)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(slot)
    return action


def build_menus(
    window: QMainWindow, commands: ShellCommands, navigator: Navigator, settings: Settings
) -> Actions:
    key = QKeySequence.StandardKey
    new_database = _action(
        window,
        translate("Menus", "New &database…"),
        commands.new_database,
        "Ctrl+Shift+N",
        tip=translate("Menus", "Create a new, empty database file"),
    )
    open_database = _action(
        window,
        translate("Menus", "&Open database…"),
        commands.open_database,
        key.Open,
        tip=translate("Menus", "Open a database file"),
    )
    new_program = _action(
        window,
        translate("Menus", "New &program…"),
        commands.new_program,
        key.New,
        tip=translate("Menus", "Add an exchange week to the open database"),
    )
    export_package = _action(
        window,
        translate("Menus", "&Export station package…"),
        commands.export_station_package,
        tip=translate(
            "Menus", "Seal the program into an encrypted file that sets up another laptop as a door"
        ),
    )
    set_up_station = _action(
        window,
        translate("Menus", "Set up this laptop as a s&tation…"),
        commands.set_up_station,
        tip=translate("Menus", "Create this laptop's check-in database from a station package"),
    )
    check_database = _action(
        window,
        translate("Menus", "&Check the database…"),
        commands.check_database,
        tip=translate(
            "Menus", "Look for damage and broken rules in the open database (nothing is changed)"
        ),
    )
    back_up_now = _action(
        window,
        translate("Menus", "&Back up now"),
        commands.back_up_now,
        tip=translate("Menus", "Copy the open database into its backups folder now"),
    )
    restore_backup = _action(
        window,
        translate("Menus", "&Restore from a backup…"),
        commands.restore_backup,
        tip=translate(
            "Menus", "List the open database's backups and put one back (it is backed up first)"
        ),
    )
    purge_personal_data = _action(
        window,
        translate("Menus", "&Purge personal data…"),
        commands.purge_personal_data,
        tip=translate(
            "Menus", "After the week: remove names, contacts and medical notes; keep statistics"
        ),
    )
    settings_action = _action(
        window, translate("Menus", "&Settings…"), commands.edit_settings, key.Preferences, "Ctrl+,"
    )
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    quit_action = _action(window, translate("Menus", "&Quit"), window.close, key.Quit, "Ctrl+Q")
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    refresh = _action(window, translate("Menus", "&Refresh"), commands.refresh, key.Refresh, "F5")
    about = _action(window, translate("Menus", "&About {0}").format(APP_NAME), commands.about)
    about.setMenuRole(QAction.MenuRole.AboutRole)

    menubar = window.menuBar()
    file_menu = menubar.addMenu(translate("Menus", "&File"))
    file_menu.addAction(new_database)
    file_menu.addAction(open_database)
    recent_menu = file_menu.addMenu(translate("Menus", "Open &recent"))
    recent_menu.setObjectName("recentMenu")
    recent_menu.aboutToShow.connect(partial(fill_recent_menu, recent_menu, commands, settings))
    fill_recent_menu(recent_menu, commands, settings)
    file_menu.addSeparator()
    file_menu.addAction(new_program)
    file_menu.addSeparator()
    file_menu.addAction(export_package)
    file_menu.addAction(set_up_station)
    file_menu.addSeparator()
    file_menu.addAction(check_database)
    file_menu.addAction(purge_personal_data)
    file_menu.addAction(back_up_now)
    file_menu.addAction(restore_backup)
    file_menu.addSeparator()
    file_menu.addAction(settings_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)

    view_menu = menubar.addMenu(translate("Menus", "&View"))
    screens: dict[str, QAction] = {}
    for number, screen in enumerate(SCREENS, start=1):
        action = _action(
            window, screen.title, partial(navigator.show_screen, screen.key), f"Ctrl+{number}"
        )
        view_menu.addAction(action)
        screens[screen.key] = action
    view_menu.addSeparator()
    view_menu.addAction(refresh)

    sync_menu = menubar.addMenu(translate("Menus", "S&ync"))
    sync_now = _action(
        window,
        translate("Menus", "Sync &now"),
        commands.sync_now,
        "Ctrl+Shift+S",
        tip=translate(
            "Menus", "Write this station's journal to the sync folder and merge the other stations'"
        ),
    )
    choose_sync_folder = _action(
        window,
        translate("Menus", "&Choose sync folder…"),
        commands.choose_sync_folder,
        tip=translate(
            "Menus",
            "The folder (USB stick, network share, synced folder) where stations swap journals",
        ),
    )
    export_journal = _action(
        window,
        translate("Menus", "&Export journal…"),
        commands.export_journal,
        tip=translate(
            "Menus", "Write this station's scans to a journal file to carry to another laptop"
        ),
    )
    import_journals = _action(
        window,
        translate("Menus", "&Import journals…"),
        commands.import_journals,
        tip=translate(
            "Menus",
            "Merge journal files from other stations (any order, again and again: no double)",
        ),
    )
    sync_menu.addAction(sync_now)
    sync_menu.addAction(choose_sync_folder)
    sync_menu.addSeparator()
    sync_menu.addAction(export_journal)
    sync_menu.addAction(import_journals)

    help_menu = menubar.addMenu(translate("Menus", "&Help"))
    quick_start = _action(
        window,
        translate("Menus", "&Quick start"),
        commands.show_quick_start,
        key.HelpContents,
        "F1",
        tip=translate(
            "Menus", "The week step by step: before, the first morning, every door, after"
        ),
    )
    shortcuts = _action(
        window,
        translate("Menus", "&Keyboard shortcuts"),
        lambda: commands.show_shortcuts(menubar),
        tip=translate("Menus", "Every key that does something, in one list"),
    )
    data_places = _action(
        window,
        translate("Menus", "&Where is my data?"),
        commands.show_data_locations,
        tip=translate(
            "Menus", "The folders of the database, its backups, the settings and the log"
        ),
    )
    help_menu.addAction(quick_start)
    help_menu.addAction(shortcuts)
    help_menu.addAction(data_places)
    help_menu.addSeparator()
    help_menu.addAction(about)

    return Actions(
        new_database=new_database,
        open_database=open_database,
        new_program=new_program,
        export_station_package=export_package,
        set_up_station=set_up_station,
        check_database=check_database,
        purge_personal_data=purge_personal_data,
        back_up_now=back_up_now,
        restore_backup=restore_backup,
        settings=settings_action,
        quit=quit_action,
        refresh=refresh,
        about=about,
        quick_start=quick_start,
        shortcuts=shortcuts,
        data_places=data_places,
        recent_menu=recent_menu,
        screens=screens,
        sync_now=sync_now,
        choose_sync_folder=choose_sync_folder,
    )


def fill_recent_menu(menu: QMenu, commands: ShellCommands, settings: Settings) -> None:
    menu.clear()
    recent = settings.recent_files
    for number, path in enumerate(recent, start=1):
        action = menu.addAction(f"&{number} {path.replace('&', '&&')}")
        action.setData(path)
        action.triggered.connect(partial(commands.open_recent, path))
    if not recent:
        empty = menu.addAction(translate("Menus", "No recent databases"))
        empty.setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(translate("Menus", "Clear list"), commands.clear_recent)
