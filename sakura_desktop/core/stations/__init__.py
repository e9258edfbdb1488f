"""Check-in stations: setting up another laptop as a door from an encrypted station package.

`package.export_station_package` writes one program (people, schedule, checkpoints, badges,
the badge secret and the scans so far) into a passphrase-sealed file; `package.
init_station_from_package` turns that file into a new database ready to scan. The file format
and its encryption (scrypt, AES-GCM) live in `envelope`.
"""

# Here rather than in `package` so that the command line can name it without loading crypto.
PACKAGE_SUFFIX = ".sakura-station"
