"""ReportLab documents: badges, notebooks, itineraries, sign-in sheets, certificates, door signs.

Renderers take plain frozen dataclasses (never ORM objects) and write a PDF; the use cases in
`sakura_desktop.core.documents` gather those from the database. Only shipped fonts are used
(`fonts`), every name goes through `text` (script runs, HarfBuzz shaping, fit-to-box).
"""
