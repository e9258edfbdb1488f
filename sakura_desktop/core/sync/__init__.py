"""Journal exchange between offline stations.

Each station writes the events it recorded to its own signed journal file (`journal_file`); the
other stations merge those files into their database (`merge`): a set union by event uuid, so any
order of imports, repeated imports included, gives the same journal as one station that saw every
scan. Two doors that both admitted a person while apart keep both events; the earliest admission
counts and the later one is a duplicate, kept and shown (`duplicates`). `folder` runs the exchange
through a shared folder (a USB stick, a network share, a synced folder), and `status` says where a
station stands (stations seen, scans not yet exported, duplicates found).
"""

# Here rather than in `journal_file` so that the command line can name it without loading more.
SUFFIX = ".sakura-journal"
