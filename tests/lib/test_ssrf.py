"""The fetcher refuses every URL that leads inside the network, and never connects to it."""

from __future__ import annotations

from collections.abc import Iterator
from unittest.mock import MagicMock, patch

import pytest

from newsdesk.lib.http import FetchError, Refused, address_refusal, fetch

from .conftest import Connections
from .servers import respond, serve, static

DENIED = [
    # IPv4
    "0.0.0.0",  # noqa: S104
    "0.1.2.3",
    "127.0.0.1",
    "127.255.255.254",
    "10.0.0.1",
    "10.255.255.255",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.0.1",
    "192.168.255.255",
    "169.254.0.1",
    "169.254.169.254",
    "100.64.0.1",
    "100.127.255.254",
    "224.0.0.1",
    "239.255.255.250",
    "240.0.0.1",
    "255.255.255.255",
    "192.0.0.8",
    "192.0.2.1",
    "198.18.0.1",
    "198.51.100.7",
    "203.0.113.9",
    # IPv6
    "::",
    "::1",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "ff05::2",
    "2001:db8::1",
    "100::1",
    # IPv4 inside IPv6: mapped, compatible, 6to4, NAT64, Teredo
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "::ffff:100.64.0.1",
    "::127.0.0.1",
    "::10.0.0.1",
    "2002:7f00:1::",
    "2002:a9fe:a9fe::1",
    "2002:c0a8:101::",
    "64:ff9b::7f00:1",
    "64:ff9b::a9fe:a9fe",
    "64:ff9b:1::a00:1",
    "2001:0:4136:e378:8000:63bf:80ff:fffe",
]
ALLOWED = [
    "93.184.216.34",
    "8.8.8.8",
    "1.1.1.1",
    "2606:4700::1111",
    "::ffff:93.184.216.34",
    "2002:5db8:d822::1",
]
SPELLINGS = [
    "0177.0.0.1",
    "0x7f.0.0.1",
    "0x7f.1",
    "2130706433",
    "0x7f000001",
    "017700000001",
    "127.1",
    "127.0.1",
    "0251.0376.0251.0376",
    "0xa9.0xfe.0xa9.0xfe",
    "2852039166",
    "0xA9FEA9FE",
    "10.1",
    "012.0.0.1",
]


@pytest.fixture
def resolver() -> Iterator[MagicMock]:
    with patch("newsdesk.lib.http.resolve", autospec=True) as fake:
        yield fake


@pytest.mark.parametrize("address", DENIED)
def test_denied_address_behind_a_name_is_refused_before_connecting(
    address: str, resolver: MagicMock, connections: Connections
) -> None:
    resolver.return_value = [address]
    with pytest.raises(Refused, match="resolves to"):
        fetch("http://news.example/feed.xml", allow_private=False)
    resolver.assert_called_once_with("news.example", 80)
    assert connections == []


@pytest.mark.parametrize("address", DENIED)
def test_denied_address_as_a_literal_is_refused_without_dns(
    address: str, resolver: MagicMock, connections: Connections
) -> None:
    host = f"[{address}]" if ":" in address else address
    with pytest.raises(Refused):
        fetch(f"https://{host}:8443/", allow_private=False)
    resolver.assert_not_called()
    assert connections == []


@pytest.mark.parametrize("address", ALLOWED)
def test_public_addresses_pass_the_check(address: str) -> None:
    assert address_refusal(address) is None


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "192.168.1.1", "100.64.0.1", "fd00::1", "::1"])
def test_private_networks_pass_only_when_allowed(address: str) -> None:
    assert address_refusal(address) is not None
    assert address_refusal(address, allow_private=True) is None


@pytest.mark.parametrize("address", ["169.254.169.254", "::ffff:169.254.169.254", "0.0.0.0", "224.0.0.1"])  # noqa: S104
def test_metadata_unspecified_and_multicast_stay_refused_on_intranets(address: str) -> None:
    assert address_refusal(address, allow_private=True) is not None


@pytest.mark.parametrize("host", SPELLINGS)
def test_ipv4_in_octal_hex_or_decimal_is_refused(
    host: str, resolver: MagicMock, connections: Connections
) -> None:
    with pytest.raises(Refused, match="unusual spelling"):
        fetch(f"http://{host}/", allow_private=True)
    resolver.assert_not_called()
    assert connections == []


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.com/x",
        "gopher://example.com:70/",
        "javascript:alert(1)",
        "dict://127.0.0.1:11211/",
        "http:///nohost",
        "http://user:pw@example.com/",
        "http://[fe80::1%25eth0]/",
    ],
)
def test_other_schemes_and_odd_urls_are_refused(
    url: str, resolver: MagicMock, connections: Connections
) -> None:
    with pytest.raises(Refused):
        fetch(url)
    resolver.assert_not_called()
    assert connections == []


def test_one_private_address_among_public_ones_refuses_the_host(
    resolver: MagicMock, connections: Connections
) -> None:
    resolver.return_value = ["93.184.216.34", "10.0.0.7"]
    with pytest.raises(Refused, match="10.0.0.7 is private"):
        fetch("http://news.example/")
    assert connections == []


def test_second_dns_answer_cannot_swap_the_checked_address(
    resolver: MagicMock, connections: Connections
) -> None:
    """DNS rebinding: the name is resolved once and the connection goes to the address that was checked."""
    resolver.side_effect = [["93.184.216.34"], ["127.0.0.1"], ["127.0.0.1"]]
    with pytest.raises(FetchError, match="ConnectionRefusedError"):
        fetch("http://rebind.example/", allow_private=False)
    assert resolver.call_count == 1
    assert connections == [("93.184.216.34", 80)]


def test_redirect_to_cloud_metadata_is_refused(resolver: MagicMock, connections: Connections) -> None:
    routes = {
        "/feed": respond(
            b"", status="302 Found", headers={"Location": "http://169.254.169.254/latest/meta-data/"}
        ),
        "/named": respond(
            b"", status="301 Moved Permanently", headers={"Location": "http://metadata.example/"}
        ),
    }
    resolver.return_value = ["169.254.169.254"]
    with serve(static(routes)) as base:
        with pytest.raises(Refused, match="169.254.169.254 is a cloud metadata address"):
            fetch(f"{base}/feed", allow_private=True)
        with pytest.raises(Refused, match="169.254.169.254 is a cloud metadata address"):
            fetch(f"{base}/named", allow_private=True)
    assert {host for host, _ in connections} == {"127.0.0.1"}
    assert len(connections) == 2
