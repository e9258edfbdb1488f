"""Offline check-in: checkpoints, the pure decision, the scan journal and its use cases.

The GUI and the CLI use:

* `checkpoints` - `ensure_checkpoints`, `list_checkpoints`, `create_roll_call`,
  `resolve_checkpoint`, `get_checkpoint`;
* `service` - `CheckinDesk` (scan, check_in, undo, search_people), `headcount`,
  `where_is_everyone`, `recent_scans`, and one-shot `scan`, `manual_checkin`, `undo`,
  `search_people`;
* `decode` - `decode_qr`, `ScanDebouncer` (camera frames);
* `decision` - `Outcome`, `Tone` (what to show and which sound to play).
"""
