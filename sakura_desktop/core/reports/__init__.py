"""Reports: attendance, the post-visit summary, catering, transport and rooming, survey and alumni.

Every report is computed by a core use case into `ReportTable`s (plain rows, no Qt, no file
format), so the Reports screen, the CLI and the XLSX/CSV/PDF writers share one set of numbers.
"""
