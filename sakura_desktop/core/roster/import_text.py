"""The import's sentences for a coordinator: the summary's lines and the rows without a
delegation, in the interface's language (English on the command line)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.roster.wording import rows as rows_count

if TYPE_CHECKING:
    from sakura_desktop.core.roster.importer import ImportSummary


def summary_lines(summary: ImportSummary) -> list[str]:
    """The summary and every error, as a coordinator reads them."""
    lines = [_headline(summary)]
    if summary.delegations_created:
        names = ", ".join(summary.delegations_created)
        if summary.written:
            lines.append(
                translate("RosterImport", "Delegations created: {names}.").format(names=names)
            )
        else:
            lines.append(
                translate("RosterImport", "Delegations would be created: {names}.").format(
                    names=names
                )
            )
    lines.extend(
        translate("RosterImport", "Warning: {warning}").format(warning=w) for w in summary.warnings
    )
    lines.extend(str(e) for e in summary.errors)
    if summary.skipped_rows:
        lines.append(
            translate("RosterImport", "Skipped rows: {rows}.").format(
                rows=", ".join(map(str, summary.skipped_rows))
            )
        )
    if summary.rejected:
        bad = len({e.row for e in summary.errors})
        if bad == 1:
            text = translate(
                "RosterImport",
                "Nothing was imported: 1 row has errors. Correct them and import again, "
                "or import only the valid rows (--skip-invalid).",
            )
        else:
            text = translate(
                "RosterImport",
                "Nothing was imported: {count} rows have errors. Correct them and import "
                "again, or import only the valid rows (--skip-invalid).",
            ).format(count=f"{bad:,}")
        lines.append(text)
    return lines


def _headline(summary: ImportSummary) -> str:
    if summary.rejected:
        head = translate(
            "RosterImport",
            "Rejected {source}: {rows}; created {created}, updated {updated}, "
            "unchanged {unchanged}, skipped {skipped}.",
        )
    elif summary.dry_run:
        head = translate(
            "RosterImport",
            "Would import {source}: {rows}; created {created}, updated {updated}, "
            "unchanged {unchanged}, skipped {skipped}.",
        )
    else:
        head = translate(
            "RosterImport",
            "Imported {source}: {rows}; created {created}, updated {updated}, "
            "unchanged {unchanged}, skipped {skipped}.",
        )
    return head.format(
        source=summary.source,
        rows=rows_count(summary.rows),
        created=summary.created,
        updated=summary.updated,
        unchanged=summary.unchanged,
        skipped=summary.skipped,
    )


def no_delegation_text(count: int, shown: str) -> str:
    """The warning about `count` student/teacher rows (listed in `shown`) with no delegation."""
    if count == 1:
        text = translate(
            "RosterImport",
            "1 row ({rows}) names a person with no delegation or country, though the program "
            "has several delegations. Host staff need none; for a student or teacher, fill in "
            "the delegation or country.",
        )
    else:
        text = translate(
            "RosterImport",
            "{count} rows ({rows}) name people with no delegation or country, though the "
            "program has several delegations. Host staff need none; for a student or teacher, "
            "fill in the delegation or country.",
        )
    return text.format(count=f"{count:,}", rows=shown)
