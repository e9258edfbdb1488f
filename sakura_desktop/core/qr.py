"""QR codes for badge tokens: alphanumeric mode, error correction M, a fixed mask.

A badge token (32 characters of the QR alphanumeric set) fits QR version 2 (25x25 modules).
The mask is fixed instead of chosen per code: choosing costs eight trial encodings, and every
mask decodes equally well from a printed badge.

Versions 1 and 2 in alphanumeric mode (up to 38 characters: every badge token) are encoded here
directly: one Reed-Solomon block, no version information, so the symbol is a template of the
function patterns plus 8 bits per codeword laid along a precomputed path. That is ~50 times
faster than the qrcode library, which prints a thousand badges' codes in seconds, and gives
exactly its matrices (a test compares them). Anything else goes through qrcode.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import qrcode
    from PIL import Image

MASK_PATTERN = 2
QUIET_ZONE = 4  # modules of white around the code, as the standard asks

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM_VALUE = {char: value for value, char in enumerate(ALPHANUMERIC)}


# --- the fast path: versions 1 and 2, level M, alphanumeric ------------------------------------


@dataclass(frozen=True)
class _Version:
    number: int
    capacity: int  # alphanumeric characters at level M
    data_codewords: int
    ec_codewords: int  # one block

    @property
    def size(self) -> int:
        return 17 + 4 * self.number


_VERSIONS = (_Version(1, 20, 16, 10), _Version(2, 38, 28, 16))
_FORMAT_M = 0b00  # error correction level M in the format information


def _fast_version(token: str) -> _Version | None:
    if not all(char in _ALNUM_VALUE for char in token):
        return None
    return next((v for v in _VERSIONS if len(token) <= v.capacity), None)


@cache
def _gf_tables() -> tuple[list[int], list[int]]:
    """Exponents and logarithms in GF(256) modulo x^8 + x^4 + x^3 + x^2 + 1."""
    exp, log = [0] * 512, [0] * 256
    value = 1
    for power in range(255):
        exp[power] = value
        log[value] = power
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    for power in range(255, 512):
        exp[power] = exp[power - 255]
    return exp, log


@cache
def _generator(degree: int) -> list[int]:
    """The Reed-Solomon generator polynomial's coefficients, highest power first."""
    exp, log = _gf_tables()
    poly = [1]
    for root in range(degree):
        product = [0] * (len(poly) + 1)
        for i, coefficient in enumerate(poly):
            product[i] ^= coefficient
            if coefficient:
                product[i + 1] ^= exp[log[coefficient] + root]
        poly = product
    return poly


@cache
def _remainder_table(degree: int) -> tuple[int, ...]:
    """factor -> the generator times factor, as one integer of `degree` bytes (so one step of
    the polynomial division is a shift and an XOR)."""
    exp, log = _gf_tables()
    generator = _generator(degree)[1:]
    table = [0]
    for factor in range(1, 256):
        row = bytes(exp[log[c] + log[factor]] if c else 0 for c in generator)
        table.append(int.from_bytes(row, "big"))
    return tuple(table)


def _error_correction(data: list[int], degree: int) -> list[int]:
    table = _remainder_table(degree)
    top = 8 * (degree - 1)
    keep = (1 << top) - 1
    remainder = 0
    for codeword in data:
        factor = codeword ^ (remainder >> top)
        remainder = ((remainder & keep) << 8) ^ table[factor]
    return list(remainder.to_bytes(degree, "big"))


def _codewords(token: str, version: _Version) -> list[int]:
    bits: list[tuple[int, int]] = [(0b0010, 4), (len(token), 9)]  # mode, character count
    for start in range(0, len(token) - 1, 2):
        bits.append((_ALNUM_VALUE[token[start]] * 45 + _ALNUM_VALUE[token[start + 1]], 11))
    if len(token) % 2:
        bits.append((_ALNUM_VALUE[token[-1]], 6))
    number, length = 0, 0
    for value, width in bits:
        number, length = (number << width) | value, length + width
    room = version.data_codewords * 8
    terminator = min(4, room - length)
    number, length = number << terminator, length + terminator
    padding = -length % 8
    number, length = number << padding, length + padding
    data = list(number.to_bytes(length // 8, "big"))
    data += [(0xEC, 0x11)[i % 2] for i in range(version.data_codewords - len(data))]
    return data + _error_correction(data, version.ec_codewords)


def _format_bits(mask: int) -> int:
    data = (_FORMAT_M << 3) | mask
    remainder = data << 10
    for bit in range(14, 9, -1):
        if remainder & (1 << bit):
            remainder ^= 0x537 << (bit - 10)
    return ((data << 10) | remainder) ^ 0x5412


Grid = list[list[bool | None]]


def _place_finder(grid: Grid, row: int, col: int) -> None:
    size = len(grid)
    for r in range(-1, 8):
        for c in range(-1, 8):
            if 0 <= row + r < size and 0 <= col + c < size:
                ring = max(abs(r - 3), abs(c - 3))
                grid[row + r][col + c] = ring != 2 and ring <= 3


def _place_format(grid: Grid, mask: int) -> None:
    """The format information's two copies, laid out as the qrcode library lays them out."""
    size = len(grid)
    bits = _format_bits(mask)
    for i in range(15):
        dark = bool((bits >> i) & 1)
        row = i if i < 6 else (i + 1 if i < 8 else size - 15 + i)
        grid[row][8] = dark
        col = size - i - 1 if i < 8 else (15 - i if i < 9 else 15 - i - 1)
        grid[8][col] = dark
    grid[size - 8][8] = True  # the dark module


@cache
def _template(number: int, mask: int) -> tuple[tuple[bool | None, ...], ...]:
    """The symbol's function patterns and format information; None where data goes."""
    size = 17 + 4 * number
    grid: Grid = [[None] * size for _ in range(size)]
    for row, col in ((0, 0), (size - 7, 0), (0, size - 7)):
        _place_finder(grid, row, col)
    for i in range(8, size - 8):
        grid[6][i] = grid[i][6] = i % 2 == 0
    if number == 2:  # one alignment pattern, centred at (18, 18)
        for r in range(-2, 3):
            for c in range(-2, 3):
                grid[18 + r][18 + c] = max(abs(r), abs(c)) != 1
    _place_format(grid, mask)
    return tuple(tuple(row) for row in grid)


@cache
def _data_path(number: int, mask: int) -> tuple[tuple[int, int, bool], ...]:
    """(row, column, masked) of each data module in bit order: two-column zigzag from the
    bottom right, skipping the vertical timing pattern."""
    template = _template(number, mask)
    size = len(template)
    path: list[tuple[int, int, bool]] = []
    upward = True
    col = size - 1
    while col > 0:
        if col == 6:
            col -= 1
        rows = range(size - 1, -1, -1) if upward else range(size)
        for row in rows:
            for c in (col, col - 1):
                if template[row][c] is None:
                    path.append((row, c, c % 3 == 0))  # mask 2: every third column
        upward = not upward
        col -= 2
    return tuple(path)


@cache
def _layout(number: int, mask: int) -> tuple[tuple[bool, ...], tuple[int, ...], int]:
    """The template flattened row by row (data modules light), the flat index of each data
    module in bit order, and the mask along that path as an integer (first module highest)."""
    template = _template(number, mask)
    size = len(template)
    flat = tuple(bool(cell) for row in template for cell in row)
    path = _data_path(number, mask)
    indices = tuple(row * size + col for row, col, _ in path)
    mask_bits = int("".join("1" if masked else "0" for _, _, masked in path), 2)
    return flat, indices, mask_bits


def _fast_matrix(token: str, version: _Version) -> list[list[bool]]:
    flat_template, indices, mask_bits = _layout(version.number, MASK_PATTERN)
    codewords = _codewords(token, version)
    spare = len(indices) - 8 * len(codewords)  # remainder bits: light before masking
    bits = (int.from_bytes(bytes(codewords), "big") << spare) ^ mask_bits
    flat = list(flat_template)
    for index, bit in zip(indices, format(bits, f"0{len(indices)}b"), strict=True):
        flat[index] = bit == "1"
    size = version.size
    return [flat[start : start + size] for start in range(0, size * size, size)]


# --- the general path --------------------------------------------------------------------------


def _build(token: str, border: int) -> qrcode.QRCode:
    import qrcode
    import qrcode.constants
    import qrcode.util

    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        border=border,
        mask_pattern=MASK_PATTERN,
    )
    code.add_data(qrcode.util.QRData(token, mode=qrcode.util.MODE_ALPHA_NUM))
    code.make(fit=True)
    return code


def _with_border(matrix: list[list[bool]], border: int) -> list[list[bool]]:
    width = len(matrix) + 2 * border
    blank = [[False] * width for _ in range(border)]
    side = [False] * border
    return blank + [side + row + side for row in matrix] + [row[:] for row in blank]


def qr_matrix(token: str, border: int = QUIET_ZONE) -> list[list[bool]]:
    """The modules of the token's QR code, row by row (True is dark), quiet zone included."""
    version = _fast_version(token)
    if version is not None:
        return _with_border(_fast_matrix(token, version), border)
    matrix: list[list[bool]] = [
        [bool(cell) for cell in row] for row in _build(token, border).get_matrix()
    ]
    return matrix


def qr_version(token: str) -> int:
    fast = _fast_version(token)
    if fast is not None:
        return fast.number
    version: int = _build(token, 0).version
    return version


def qr_image(token: str, module_px: int = 10, border: int = QUIET_ZONE) -> Image.Image:
    """A grayscale image of the code, `module_px` pixels per module."""
    from PIL import Image

    matrix = qr_matrix(token, border)
    size = len(matrix)
    small = Image.new("L", (size, size), 255)
    small.putdata([0 if cell else 255 for row in matrix for cell in row])
    return small.resize((size * module_px, size * module_px), Image.Resampling.NEAREST)


def qr_png(token: str, module_px: int = 10, border: int = QUIET_ZONE) -> bytes:
    buffer = io.BytesIO()
    qr_image(token, module_px, border).save(buffer, format="PNG")
    return buffer.getvalue()


def save_qr_png(token: str, path: Path, module_px: int = 10, border: int = QUIET_ZONE) -> Path:
    path.write_bytes(qr_png(token, module_px, border))
    return path
