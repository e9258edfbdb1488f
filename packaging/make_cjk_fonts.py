"""Make the TrueType (glyf) CJK faces shipped in resources/fonts from Noto Sans CJK (CFF).

ReportLab embeds only TrueType outlines, and Noto Sans CJK ships PostScript (CFF) outlines, so we
convert the cubic curves to quadratic ones with fontTools (cu2qu), once, and commit the result.
Source: Debian's fonts-noto-cjk (SIL Open Font License 1.1, see resources/fonts/OFL.txt).

Run: python packaging/make_cjk_fonts.py [SOURCE.ttc] [FILE_NAME ...]
(default: Debian's collection, every face below; name files to convert only those).
Takes a minute or more per face.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts"
# Index in the collection -> file name. JP for Japanese names, SC for mainland Chinese (Han forms
# differ: 直, 骨, 角), TC for Taiwan, Hong Kong and Macau (許, 芬, 蔡, 玲, 黃 differ from SC),
# KR for Korean (Hangul plus Korean Han forms). Index 4 (HK) and 5+ (Mono) are not shipped.
FACES = {0: "NotoSansCJKjp-Regular-glyf.ttf", 2: "NotoSansCJKsc-Regular-glyf.ttf",
         1: "NotoSansCJKkr-Regular-glyf.ttf", 3: "NotoSansCJKtc-Regular-glyf.ttf"}
MAX_ERROR = 1.0  # font units; invisible at any print size


def glyf_from_cff(font: TTFont) -> None:
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        recording = DecomposingRecordingPen(glyph_set)
        glyph_set[name].draw(recording)
        pen = TTGlyphPen(None)
        recording.replay(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    # Format 3 (no glyph names): format 2 cannot index 65,000 glyph names.
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    wanted = set(sys.argv[2:]) or set(FACES.values())
    collection = TTCollection(str(source))
    for index, file_name in FACES.items():
        if file_name not in wanted:
            continue
        font = collection.fonts[index]
        name = font["name"].getDebugName(4)
        if not file_name.lower().startswith(name.replace(" ", "").lower()):
            raise SystemExit(f"face {index} of {source} is {name!r}, not the one {file_name} needs")
        glyf_from_cff(font)
        font.save(str(TARGET / file_name))
        print("wrote", TARGET / file_name)


if __name__ == "__main__":
    main()
