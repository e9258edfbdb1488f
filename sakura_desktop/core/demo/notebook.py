"""The text of the demo's experiment notebook (title and markup source).

The source is written in the notebook markup described in the package docstring and parsed
by `sakura_desktop.printing.notebook_markup`; it is a long literal, so it has a file of its
own.
"""

from __future__ import annotations

NOTEBOOK_TITLE = "Colours of Life: Separating Plant Pigments by Paper Chromatography"
NOTEBOOK_SOURCE = """\
# Colours of Life: Separating Plant Pigments by Paper Chromatography

## Safety
- Wear safety glasses and gloves at all times in the laboratory.
- The solvent (ethanol) is flammable: no flames, keep the bottle closed.
- Tell a staff member at once about any spill, cut or splash in the eyes.
- Wash your hands before you leave the laboratory.

## Background
A green leaf holds several pigments: chlorophyll a, chlorophyll b and the carotenoids.
Each one absorbs light of different colours, and together they let the plant use more of the
sunlight. In paper chromatography a solvent climbs the paper and carries each pigment a
different distance, depending on how strongly it sticks to the paper.

The retention factor Rf = (distance moved by the pigment) / (distance moved by the solvent).

## Materials
- Fresh spinach leaves
- Chromatography paper strips (2 cm × 15 cm)
- A coin, a pencil and a ruler
- Ethanol (70 %) in a tall glass jar with a lid

## Procedure
1. Draw a pencil line 2 cm from the bottom of the paper strip.
2. Lay a leaf on the line and roll the edge of the coin over it to press a green line.
3. Repeat step 2 ten times on the same line, letting it dry between presses.
4. Pour ethanol into the jar to a depth of 1 cm.
5. Hang the strip in the jar so the line stays 1 cm above the ethanol. Close the lid.
6. Wait 20 minutes. Do not move the jar.
7. Take the strip out and mark the solvent front with the pencil at once.
8. Measure the distance moved by each coloured band and by the solvent.

## Data
| Band colour | Pigment (your guess) | Distance moved (mm) | Rf |
| Yellow | | | |
| Yellow-green | | | |
| Blue-green | | | |
| Grey | | | |

[graph: Pigment / Rf]

## Questions
1. Which pigment moved furthest? Why might that be?
2. Autumn leaves turn yellow and red. What happens to the pigments?
3. How could you make the bands separate more clearly?

## Notes
[lines: 12]

## Autograph
Thank you for doing science with us in Tsukuba.
[autograph]
"""
