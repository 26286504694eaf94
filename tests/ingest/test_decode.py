"""Bytes of unknown encoding: BOMs, declared charsets, detection, binary and broken input."""

from __future__ import annotations

import pytest

from newsevents.errors import InputError
from newsevents.ingest.decode import decode_bytes, looks_like_html

RUSSIAN = "Президент России заявил в понедельник, что переговоры с Украиной продолжатся. " * 3
JAPANESE = "日本政府は月曜日、外務大臣が来週ワシントンを訪問し、米国の国務長官と会談すると発表した。" * 3
FRENCH = "Le président a déclaré à Paris que les négociations reprendraient après l'été. " * 3


def test_utf16_with_bom():
    assert decode_bytes(("\ufeff" + FRENCH).encode("utf-16-le"), "x") == FRENCH
    assert decode_bytes(FRENCH.encode("utf-16"), "x") == FRENCH


@pytest.mark.parametrize(
    ("text", "codec"), [(RUSSIAN, "cp1251"), (JAPANESE, "shift_jis"), (FRENCH, "latin-1")]
)
def test_detected_without_declaration(text, codec):
    assert decode_bytes(text.encode(codec), "x") == text


@pytest.mark.parametrize(
    ("text", "codec"), [(RUSSIAN, "windows-1251"), (JAPANESE, "shift_jis"), (FRENCH, "iso-8859-1")]
)
def test_declared_charset_of_html(text, codec):
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={codec}"></head>'
    html += f"<body><p>{text}</p></body></html>"
    assert decode_bytes(html.encode(codec), "x") == html


def test_invalid_utf8_bytes_are_dropped_not_fatal():
    data = ("Minister’s visit to Kyiv was “productive”, aides said. " * 5).encode() + b"\xff\xfe\xc3 end"
    text = decode_bytes(data, "x")
    assert text.startswith("Minister’s visit") and "\ufffd" not in text and text.endswith(" end")


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02binary\x00" * 50,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    ],
)
def test_binary_is_refused(data):
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "photo.html")
    assert caught.value.code == "binary" and "photo.html" in str(caught.value)


def test_empty_is_refused():
    with pytest.raises(InputError) as caught:
        decode_bytes(b" \n\t ", "x")
    assert caught.value.code == "empty"


def test_looks_like_html():
    assert looks_like_html("  <!DOCTYPE html><html>")
    assert looks_like_html("<!-- saved page --><html>")
    assert not looks_like_html("KYIV, Ukraine (AP) -- Russia said <b>x</b>")
