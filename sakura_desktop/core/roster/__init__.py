"""Rosters: read the files coordinators receive, map and validate their columns, import them
idempotently, export them again; participants, delegations and teams as use cases.

The import wizard's steps, each a plain function a worker can run:

1. `read_roster(path, encoding=None)` -> `RosterTable` (headers, rows with file row numbers,
   the encoding and delimiter found). `EncodingUncertainError.candidates` offers readings to
   choose from when the encoding cannot be told for sure; call again with `encoding=`.
2. `build_mapping(table.headers, load_saved_mapping(factory, program_id), choices)` ->
   `ColumnMapping`; the user changes it with `apply_choices(mapping, {header: field})`.
3. `import_roster(factory, program_id, table, mapping, dry_run=True)` -> `ImportSummary` with
   exact counts and every `RowError` (the validation report); nothing is written.
4. `import_roster(..., skip_invalid=..., progress=..., is_cancelled=...)` writes in one
   transaction, then `save_mapping(factory, program_id, mapping)`.
"""

from sakura_desktop.core.roster.errors import (
    EncodingCandidate,
    EncodingUncertainError,
    ImportCancelled,
    MappingError,
    RosterFileError,
    ValidationFailed,
)
from sakura_desktop.core.roster.fields import Field
from sakura_desktop.core.roster.importer import ImportSummary, import_roster, import_roster_file
from sakura_desktop.core.roster.mapping import (
    ColumnMapping,
    apply_choices,
    auto_mapping,
    build_mapping,
    check_mapping,
    load_saved_mapping,
    parse_mapping_json,
    save_mapping,
)
from sakura_desktop.core.roster.readers import RawRow, RosterTable, read_roster
from sakura_desktop.core.roster.validation import RowError

__all__ = [
    "ColumnMapping",
    "EncodingCandidate",
    "EncodingUncertainError",
    "Field",
    "ImportCancelled",
    "ImportSummary",
    "MappingError",
    "RawRow",
    "RosterFileError",
    "RosterTable",
    "RowError",
    "ValidationFailed",
    "apply_choices",
    "auto_mapping",
    "build_mapping",
    "check_mapping",
    "import_roster",
    "import_roster_file",
    "load_saved_mapping",
    "parse_mapping_json",
    "read_roster",
    "save_mapping",
]
