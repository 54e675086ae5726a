#!/usr/bin/env python3
"""A virtual My Number card with the 券面事項入力補助AP, for tests.

Connects to vpcd (vsmartcard-vpcd, loaded by pcscd) as the card in the reader
and answers its framing: every message is a 2-byte big-endian length and a
payload; a 1-byte payload is a control (0 power off, 1 power on, 2 reset,
4 get ATR), anything longer is a command APDU answered with a response APDU.

It implements SELECT AP, SELECT EF, VERIFY (tries counter and lock, answered
as real cards do) and READ BINARY of EF 0002 from the command line, and
misbehaves on request so that the reader's error paths meet a real PC/SC
stack. Every command APDU received
is appended, as hex, to --log, so that tests can see what the reader sent.
Standard library only.
"""

import argparse
import socket
import struct
import sys
import time

KENHOJO_AID = bytes.fromhex("D3921000310001010408")
OTHER_AID = bytes.fromhex("D392F000260100000001")  # the JPKI AP: a "wrong card"
EF_MY_NUMBER = 0x0001
EF_BASIC_FOUR = 0x0002
EF_PIN = 0x0011

SW_OK = b"\x90\x00"
SW_NOT_FOUND = b"\x6a\x82"
SW_SECURITY = b"\x69\x82"
SW_LOCKED = b"\x69\x84"  # real cards, once the PIN is locked (DOMAIN.md §8)
SW_NO_CURRENT_EF = b"\x69\x86"
SW_WRONG_P1P2 = b"\x6b\x00"
SW_INS = b"\x6d\x00"
LE_CORRECTION_MAX = 0x40

ATR = {
    "t0": bytes.fromhex("3B021450"),  # T=0 only, two historical bytes
    "t1": bytes.fromhex("3B800181"),  # T=1 only
}


def ber_length(n):
    if n < 0x80:
        return bytes([n])
    if n < 0x100:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def tlv(tag, value):
    return tag + ber_length(len(value)) + value


def basic_four(args):
    """EF 0002 as the card lays it out: FF 20 { DF 21 header, DF 22..DF 25 }.

    DF 21 holds four 2-byte big-endian offsets, one per item DF 22..DF 25:
    where its element starts, counted from the start of the file.
    """
    if args.ef0002_hex is not None:
        return bytes.fromhex(args.ef0002_hex)
    items = [
        tlv(b"\xdf\x22", args.name.encode()),
        tlv(b"\xdf\x23", args.address.encode()),
        tlv(b"\xdf\x24", args.birth.encode()),
        tlv(b"\xdf\x25", args.sex.encode()),
    ]
    header_size = len(tlv(b"\xdf\x21", bytes(2 * len(items))))
    body_size = header_size + sum(len(item) for item in items)
    position = 2 + len(ber_length(body_size)) + header_size  # after FF 20, its length, DF 21
    offsets = b""
    for item in items:
        offsets += struct.pack(">H", position)
        position += len(item)
    return tlv(b"\xff\x20", tlv(b"\xdf\x21", offsets) + b"".join(items))


class Card:
    def __init__(self, args):
        self.args = args
        self.ef0002 = basic_four(args) + b"\xff" * 32  # the EF is larger than its content
        self.tries = args.tries
        self.apdus = 0
        self.pending = b""  # data waiting for GET RESPONSE
        self.reset()

    def reset(self):
        self.ap_selected = False
        self.current_ef = None
        self.verified = False

    def log(self, apdu):
        if self.args.log:
            with open(self.args.log, "a") as f:
                f.write(apdu.hex().upper() + "\n")

    def answer(self, apdu):
        self.apdus += 1
        self.log(apdu)
        if self.args.garbage_after is not None and self.apdus > self.args.garbage_after:
            return b"\x42"  # not even a status word
        if len(apdu) < 4:
            return b"\x67\x00"
        ins = apdu[1]
        if ins == 0xA4:
            return self.select(apdu)
        if ins == 0x20:
            return self.verify(apdu)
        if ins == 0xB0:
            return self.read_binary(apdu)
        if ins == 0xC0:
            return self.get_response(apdu)
        return SW_INS

    def select(self, apdu):
        p1, data = apdu[2], apdu[5 : 5 + apdu[4]] if len(apdu) > 5 else b""
        if p1 == 0x04:
            aid = OTHER_AID if self.args.wrong_ap else KENHOJO_AID
            self.ap_selected = data == aid
            self.current_ef = None
            self.verified = False
            return SW_OK if self.ap_selected else SW_NOT_FOUND
        if p1 == 0x02 and self.ap_selected and len(data) == 2:
            ef = struct.unpack(">H", data)[0]
            if ef in (EF_MY_NUMBER, EF_BASIC_FOUR, EF_PIN):
                self.current_ef = ef
                return SW_OK
        return SW_NOT_FOUND

    def verify(self, apdu):
        if self.current_ef != EF_PIN:
            return SW_NO_CURRENT_EF
        if self.tries == 0:
            return SW_LOCKED  # with or without a PIN
        if len(apdu) == 4:  # no data: the PIN's state, using no try
            if self.verified:
                return SW_OK  # verified earlier in this session
            return bytes([0x63, 0xC0 | self.tries])
        pin = apdu[5 : 5 + apdu[4]]
        if pin == self.args.pin.encode():
            self.tries = self.args.max_tries
            self.verified = True
            return SW_OK
        self.tries -= 1
        self.verified = False
        return bytes([0x63, 0xC0 | self.tries])  # 63 C0 for the try that locks

    def read_binary(self, apdu):
        if self.current_ef is None:
            return SW_NO_CURRENT_EF
        if not self.verified:
            return SW_SECURITY
        content = self.ef0002 if self.current_ef == EF_BASIC_FOUR else b"123456789012"
        offset = (apdu[2] << 8) | apdu[3]
        le = (apdu[4] or 256) if len(apdu) > 4 else 256
        if offset >= len(content):
            return SW_WRONG_P1P2
        data = content[offset : offset + le]
        if self.args.chained:  # T=0 style: "61 xx, fetch it with GET RESPONSE"
            self.pending = data
            return bytes([0x61, len(data) & 0xFF])
        if self.args.le_correction and le > LE_CORRECTION_MAX:
            # T=0 style: "wrong Le, send it again with Le = xx"
            return bytes([0x6C, LE_CORRECTION_MAX])
        return data + SW_OK

    def get_response(self, apdu):
        if not self.pending:
            return b"\x69\x85"
        le = apdu[4] or 256
        data, self.pending = self.pending[:le], self.pending[le:]
        return data + (bytes([0x61, len(self.pending) & 0xFF]) if self.pending else SW_OK)


def receive(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("vpcd closed the connection")
        data += chunk
    return data


def send(sock, payload):
    sock.sendall(struct.pack(">H", len(payload)) + payload)


def connect(port, seconds):
    deadline = time.monotonic() + seconds
    while True:
        try:
            return socket.create_connection(("127.0.0.1", port))
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--port", type=int, default=35963, help="vpcd port (reader 00 00)")
    p.add_argument("--name", default="山田 太郎")
    p.add_argument("--address", default="東京都千代田区霞が関一丁目2番2号")
    p.add_argument("--birth", default="19850412", help="YYYYMMDD")
    p.add_argument("--sex", default="1", help="ISO 5218: 1, 2 or 9")
    p.add_argument("--pin", default="1234")
    p.add_argument("--tries", type=int, default=3, help="PIN tries left at start")
    p.add_argument("--max-tries", type=int, default=3)
    p.add_argument("--ef0002-hex", help="raw EF 0002 contents instead of the TLV above")
    p.add_argument("--protocol", choices=sorted(ATR), default="t1")
    p.add_argument("--wrong-ap", action="store_true", help="another card: the AP is absent")
    p.add_argument("--garbage-after", type=int, help="answer garbage after N APDUs")
    p.add_argument("--vanish-after", type=int, help="leave the reader on the Nth APDU")
    p.add_argument("--chained", action="store_true", help="READ BINARY answers 61 xx")
    p.add_argument("--le-correction", action="store_true", help="READ BINARY over 64 bytes gets 6C 40")
    p.add_argument("--log", help="append every command APDU here, as hex")
    args = p.parse_args()

    card = Card(args)
    sock = connect(args.port, 10)
    while True:
        try:
            (length,) = struct.unpack(">H", receive(sock, 2))
            payload = receive(sock, length)
        except ConnectionError:
            return 0
        if length == 1:
            control = payload[0]
            if control in (0, 2):
                card.reset()
            elif control == 4:
                send(sock, ATR[args.protocol])
            continue
        if args.vanish_after is not None and card.apdus + 1 >= args.vanish_after:
            card.log(payload)
            sock.close()  # the card is pulled out of the reader
            return 0
        send(sock, card.answer(payload))


if __name__ == "__main__":
    sys.exit(main())
