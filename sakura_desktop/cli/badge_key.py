"""`badge-key`: give this laptop the key to a program's badge secret from its station package."""

from __future__ import annotations

import argparse
from pathlib import Path

from sakura_desktop.cli.common import database_options, open_from_args
from sakura_desktop.cli.stations import PASSPHRASE_HELP, read_passphrase


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "badge-key",
        parents=[database_options()],
        help="give this laptop the key to the badge secret, from the program's station package",
        description="The database keeps the badge secret locked with a key held by the laptop "
        "that locked it (its keyring, or a private key file), so a copied database or backup "
        "cannot make badges. A laptop without that key (another laptop on a shared database, "
        "a backup restored on a new laptop) takes it from the program's station package; the "
        "database is not changed.",
    )
    parser.add_argument("package", type=Path, metavar="PACKAGE", help="the station package")
    parser.add_argument("--passphrase-file", required=True, metavar="F", help=PASSPHRASE_HELP)
    parser.set_defaults(handler=run_badge_key)


def run_badge_key(args: argparse.Namespace) -> int:
    from sakura_desktop.core.stations.package import adopt_badge_key

    passphrase = read_passphrase(args.passphrase_file)
    database = open_from_args(args)
    try:
        result = adopt_badge_key(database.session_factory, args.package, passphrase)
    finally:
        database.dispose()
    if result.adopted:
        print(
            f"This laptop now holds the key to the badge secret of {result.program_code} "
            f"({result.program_title}): badges can be made and checked here."
        )
    else:
        print(
            f"The badge secret of {result.program_code} ({result.program_title}) needed no key "
            "on this laptop; nothing was changed."
        )
    return 0
