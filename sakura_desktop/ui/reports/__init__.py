"""The Reports screen: a report chosen from a list, its table (sortable, exportable) and a chart.

The numbers come from core use cases as `ReportTable`s (core/reports, core/survey); this package
only shows them. Qt Charts is loaded the first time the screen is shown (`charts`), never at
start-up, and the screen keeps working with tables alone where it cannot be loaded.
"""
