#!/usr/bin/env python3
"""End-to-end: the real kiosk binary under Xvfb, driven by xdotool like a
finger, through every way on after a failed check, each ending in a record
that is checked in the SQLite file. Screenshots of every screen are kept.

Usage (under an X server, see with_xvfb.sh):
    patient_paths.py KIOSK_BINARY DATA_DIR ARTIFACT_DIR
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

KIOSK, DATA_DIR, ARTIFACTS = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(ARTIFACTS, exist_ok=True)
WORK = tempfile.mkdtemp(prefix="kiosk-e2e-")
DB = os.path.join(WORK, "kiosk.db")
MAP = os.path.join(WORK, "touch-map.json")
shot_number = 0


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def touch_map():
    try:
        with open(MAP, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return {"screen": "", "targets": []}


def wait_for(screen, timeout=20.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        current = touch_map()
        if current["screen"] == screen:
            time.sleep(0.3)  # let the screen settle before tapping or shooting
            return touch_map()
        time.sleep(0.05)
    fail(f"screen {screen!r} did not appear; still on {touch_map()['screen']!r}")


def screenshot(name):
    global shot_number
    shot_number += 1
    subprocess.run(["import", "-window", "root",
                    os.path.join(ARTIFACTS, f"{shot_number:02d}-{name}.png")], check=True)


def target(id_):
    for t in touch_map()["targets"]:
        if t["id"] == id_:
            return t
    return None


def tap(id_, timeout=10.0):
    deadline = time.time() + timeout
    while (t := target(id_)) is None or not t["enabled"]:
        if time.time() > deadline:
            ids = [t["id"] for t in touch_map()["targets"]]
            fail(f"no tappable {id_!r} on {touch_map()['screen']!r}; targets: {ids}")
        time.sleep(0.05)
    x, y = int(t["x"]), int(t["y"])
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "mousedown", "1"], check=True)
    time.sleep(0.08)
    subprocess.run(["xdotool", "mouseup", "1"], check=True)
    time.sleep(0.25)


def drag(points):
    subprocess.run(["xdotool", "mousemove", str(points[0][0]), str(points[0][1]), "mousedown", "1"],
                   check=True)
    for x, y in points[1:]:
        time.sleep(0.03)
        subprocess.run(["xdotool", "mousemove", str(x), str(y)], check=True)
    subprocess.run(["xdotool", "mouseup", "1"], check=True)
    time.sleep(0.3)


# The file is new for this run, so the n-th saved record has id n.
def records():
    with sqlite3.connect(DB) as db:
        return [json.loads(row[0]) for row in db.execute("SELECT payload FROM records ORDER BY id")]


def follow_up_kinds(record_id):
    with sqlite3.connect(DB) as db:
        return sorted(row[0] for row in db.execute(
            "SELECT kind FROM follow_ups WHERE record_id = ?", (record_id,)))


def attachment_kinds(record_id):
    with sqlite3.connect(DB) as db:
        return sorted(row[0] for row in db.execute(
            "SELECT kind FROM attachments WHERE record_id = ?", (record_id,)))


def check_in(demo_card):
    wait_for("welcome")
    tap("welcome.start")
    wait_for("place_card")
    tap("demo:" + demo_card)
    return wait_for("check_failed")


def finish(expected_count):
    wait_for("finished")
    screenshot("finished")
    tap("common.ok")
    wait_for("welcome")
    saved = records()
    if len(saved) != expected_count:
        fail(f"expected {expected_count} records, found {len(saved)}")
    return saved[-1]


def path_without_form(demo_card, outcome, choice, screen, done, proof_path, records_so_far,
                      follow_ups):
    """A failed check, one of the ways on that need no form, its saved record and the
    follow-ups the desk is given."""
    check_in(demo_card)
    screenshot(outcome)
    tap(choice)
    wait_for(screen)
    screenshot(screen)
    tap(done)
    record = finish(records_so_far)
    if record["proofPath"] != proof_path or record["outcome"] != outcome:
        fail(f"{choice} saved {record['proofPath']} / {record['outcome']}")
    if follow_up_kinds(records_so_far) != follow_ups:
        fail(f"{choice} gave follow-ups {follow_up_kinds(records_so_far)}, not {follow_ups}")


def path_declaration():
    check_in("demo-lost")
    screenshot("lost")
    tap("choice.declaration")
    wait_for("declaration_intro")
    screenshot("declaration-intro")
    tap("declaration.intro.start")
    wait_for("declaration_step")
    screenshot("step-confirm")
    tap("check")
    tap("common.next")
    tap("kouki")
    screenshot("step-insurance-kind")
    tap("common.next")
    tap("common.next")  # 保険者等名称 / 保険者番号: optional
    tap("common.next")  # 事業所名: not asked of 後期
    tap("within_one_month")
    tap("common.next")
    screenshot("step-name-prefilled")
    tap("common.next")  # 氏名・フリガナ from the terminal, confirmed
    tap("common.next")  # 生年月日
    tap("common.next")  # 性別
    tap("one_tenth")
    tap("common.next")
    tap("common.next")  # 住所 from the terminal
    for digit in "09012345678":
        tap(digit)
    screenshot("step-phone")
    tap("common.next")
    tap("common.next")  # 記入日: today
    tap("common.next")  # 患者との関係: not a guardian
    wait_for("review")
    screenshot("review")
    tap("review.sign")
    wait_for("signature")
    drag([(700, 500), (760, 560), (820, 480), (900, 560), (980, 500)])
    screenshot("signature")
    tap("signature.submit")
    record = finish(4)
    declaration = record.get("declaration", {})
    if record["proofPath"] != "declaration" or record["outcome"] != "lost":
        fail(f"path (c) saved {record['proofPath']} / {record['outcome']}")
    if declaration.get("phone") != "09012345678" or declaration.get("insuranceKind") != "kouki":
        fail(f"path (c) declaration not as entered: {declaration}")
    if not declaration.get("hasSignature"):
        fail("path (c) saved no signature")
    kinds = attachment_kinds(4)
    if "signature" not in kinds or "terminal_response" not in kinds:
        fail(f"path (c) attachments: {kinds}")
    if follow_up_kinds(4):
        fail(f"path (c): a lost qualification is claimed as it is, yet {follow_up_kinds(4)}")


def main():
    kiosk = subprocess.Popen([KIOSK, "--db", DB, "--data-dir", DATA_DIR, "--touch-map", MAP,
                              "--width", "1920", "--height", "1080"])
    try:
        wait_for("welcome", timeout=30)
        screenshot("welcome")
        # (a), (b) and (d); then (c), the form.
        path_without_form("demo-none", "not_registered", "choice.mynaportal", "mynaportal",
                          "mynaportal.done", "mynaportal", 1, ["confirm_proof"])
        path_without_form("demo-error", "terminal_error", "choice.proof", "proof_at_counter",
                          "proof.done", "proof_document", 2,
                          ["confirm_proof", "system_failure_mode_lookup"])
        path_without_form("demo-card", "card_problem", "choice.nothing", "nothing_available",
                          "nothing.done", "nothing_available", 3, ["other"])
        path_declaration()
    finally:
        kiosk.terminate()
        code = kiosk.wait(timeout=20)
    if code != 0:
        fail(f"kiosk exited with {code}")
    print(f"patient_paths: ok ({len(records())} records, screenshots in {ARTIFACTS})")


main()
