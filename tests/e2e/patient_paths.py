#!/usr/bin/env python3
"""End-to-end: the real kiosk binary under Xvfb, driven by xdotool like a
finger, through every way on after a failed check, each ending in a record
that is checked in the SQLite file. Screenshots of every screen are kept.

Usage (under an X server, see with_xvfb.sh):
    [KIOSK_PANEL=1080x1920] [KIOSK_LARGE_TEXT=1] patient_paths.py KIOSK_BINARY KIOSKCTL_BINARY DATA_DIR ARTIFACT_DIR
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

KIOSK, KIOSKCTL, DATA_DIR, ARTIFACTS = sys.argv[1:5]
# The panel: the X screen's size, given as KIOSK_PANEL=WIDTHxHEIGHT.
WIDTH, HEIGHT = os.environ.get("KIOSK_PANEL", "1920x1080").split("x")
# Every patient in large text, as a clinic of older patients would start them.
LARGE_TEXT = ["--large-text"] if os.environ.get("KIOSK_LARGE_TEXT") == "1" else []
os.makedirs(ARTIFACTS, exist_ok=True)
for old in os.listdir(ARTIFACTS):  # this run's screenshots only
    if old.endswith((".png", ".pdf")):
        os.remove(os.path.join(ARTIFACTS, old))
WORK = tempfile.mkdtemp(prefix="kiosk-e2e-")
DB = os.path.join(WORK, "kiosk.db")
MAP = os.path.join(WORK, "touch-map.json")
# SDL's disk audio driver writes what the kiosk plays here: the chime is heard.
CHIME = os.path.join(WORK, "audio.raw")
KIOSK_NAME = "e2e-kiosk"
shot_number = 0
kiosk = None  # the kiosk process, so a wait can tell a slow kiosk from a dead one
taps = 0  # the patient's taps (and strokes), counted per path for the README


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
    """Waits for `screen`, with or without the staff-call overlay on it."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if kiosk is not None and kiosk.poll() is not None:
            fail(f"the kiosk exited with {kiosk.returncode} while waiting for {screen!r}")
        current = touch_map()
        if current["screen"] in (screen, screen + "+staff"):
            time.sleep(0.3)  # let the screen settle before tapping or shooting
            return touch_map()
        time.sleep(0.05)
    fail(f"screen {screen!r} did not appear; still on {touch_map()['screen']!r}")


def screenshot(name):
    global shot_number
    shot_number += 1
    path = os.path.join(ARTIFACTS, f"{shot_number:02d}-{name}.png")
    subprocess.run(["import", "-window", "root", path], check=True)
    return path


def words_seen(path):
    """What a patient reads on a screenshot: Tesseract's jpn model over the
    pixels (not the kiosk's own idea of its screen), spaces dropped."""
    text = subprocess.run(["tesseract", path, "-", "-l", "jpn"], check=True,
                          capture_output=True, text=True,
                          env=dict(os.environ, OMP_THREAD_LIMIT="1")).stdout
    return "".join(text.split())


def target(id_):
    for t in touch_map()["targets"]:
        if t["id"] == id_:
            return t
    return None


def tap(id_, timeout=10.0, counted=True):
    global taps
    if counted:
        taps += 1
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
    global taps
    taps += 1
    subprocess.run(["xdotool", "mousemove", str(points[0][0]), str(points[0][1]), "mousedown", "1"],
                   check=True)
    for x, y in points[1:]:
        time.sleep(0.03)
        subprocess.run(["xdotool", "mousemove", str(x), str(y)], check=True)
    subprocess.run(["xdotool", "mouseup", "1"], check=True)
    time.sleep(0.3)


def to_the_last_page():
    """Pages through answers and the 説明書 (large text pages them): 「つぎのページ」
    stands where the button that goes on appears on the last page, so nothing is
    signed unseen. Each tap waits for the page to turn: a second tap on a page
    not yet redrawn would press that button."""
    def page():
        return [(t["id"], t["enabled"]) for t in touch_map()["targets"]]
    while (more := target("answers.next_page")) is not None and more["enabled"]:
        before = page()
        tap("answers.next_page")
        deadline = time.time() + 10
        while page() == before:
            if time.time() > deadline:
                fail("the page did not turn")
            time.sleep(0.05)


def sign():
    """A zig-zag on the pad, just above its 「1つもどす」 (wherever the panel
    and text size put it)."""
    undo = target("undo")
    if undo is None:
        fail("the signature pad's buttons are not on screen")
    # The pad ends a touch gap (8/15 of a target's height) above its buttons.
    top = int(undo["y"] - undo["height"] / 2 - undo["height"] * 8 / 15)
    left = int(undo["x"] - undo["width"] / 2)
    drag([(left + 40, top - 40), (left + 100, top - 90), (left + 160, top - 30),
          (left + 240, top - 90), (left + 320, top - 40)])


def sign_from_the_review(screenshot_name=None):
    """Every review page seen, 「署名へ進む」, a signature, 「送信」: the finish screen."""
    to_the_last_page()
    tap("review.sign")
    wait_for("signature")
    sign()
    if screenshot_name:
        screenshot(screenshot_name)
    tap("signature.submit")
    wait_for("finished")


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


def check_in(demo_card, screen="check_failed"):
    wait_for("welcome")
    tap("welcome.start")
    wait_for("place_card")
    tap("demo:" + demo_card, counted=False)  # placing the card is no tap on the screen
    return wait_for(screen)


def edit_distance(a, b):
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def reads_as(read, words):
    """Whether OCR text holds `words` give or take one character in six (an
    icon beside a heading is read as a stray character or swallows one)."""
    allowed = max(1, len(words) // 6)
    for size in range(len(words) - allowed, len(words) + allowed + 1):
        for start in range(0, max(1, len(read) - size + 1)):
            if edit_distance(read[start:start + size], words) <= allowed:
                return True
    return False


def finish(expected_count, heading, share=None):
    """The finish screen shows `heading` and the share to pay (in tenths, exactly:
    a wrong digit must fail) where the patient reads them; then 「わかりました」 and
    the saved record."""
    wait_for("finished")
    shot = screenshot("finished")
    read = words_seen(shot)
    if not reads_as(read, heading):
        fail(f"the finish screen does not show {heading!r}; read: {read}")
    if share is not None and f"お支払いは{share}割で" not in read:
        fail(f"the finish screen does not show a share of {share}割; read: {read}")
    if target("staff.dismiss"):
        tap("staff.dismiss")
    tap("common.ok")
    wait_for("welcome")
    saved = records()
    if len(saved) != expected_count:
        fail(f"expected {expected_count} records, found {len(saved)}")
    return saved[-1]


def offered_choices():
    return [t["id"] for t in touch_map()["targets"] if t["id"].startswith("choice.")]


def staff_calls(*flags):
    listing = subprocess.run([KIOSKCTL, "--db", DB, "staff-calls", *flags], check=True,
                             capture_output=True, text=True).stdout
    return [line.split("\t") for line in listing.splitlines()]


def heard_bytes():
    return os.path.getsize(CHIME) if os.path.exists(CHIME) else 0


def call_staff_and_cancel():
    """「スタッフを呼ぶ」 is a call the desk can see, with the kiosk's name, and a
    chime; the patient may cancel it, and the call ends as cancelled."""
    before = len(staff_calls("--all"))
    silence = heard_bytes()
    tap("common.call_staff")
    deadline = time.time() + 10
    while not touch_map()["screen"].endswith("+staff"):
        if time.time() > deadline:
            fail(f"no staff overlay after the call; screen {touch_map()['screen']!r}")
        time.sleep(0.05)
    time.sleep(0.3)
    screenshot("staff-called")
    while not (open_calls := staff_calls()) and time.time() < deadline:
        time.sleep(0.1)
    if len(open_calls) != 1 or open_calls[0][2:5] != [KIOSK_NAME, "patient_asked", "open"]:
        fail(f"open staff calls: {open_calls}")
    while heard_bytes() <= silence and time.time() < deadline:
        time.sleep(0.1)
    if heard_bytes() <= silence:
        fail("the staff call made no sound")
    tap("staff.cancel")
    deadline = time.time() + 10
    while staff_calls() and time.time() < deadline:
        time.sleep(0.1)
    ended = staff_calls("--all")
    if len(ended) != before + 1 or ended[-1][-1] != "cancelled_by_patient":
        fail(f"the cancelled call reads {ended}")


def path_without_form(demo_card, outcome, choices, choice, screen, done, proof_path,
                      records_so_far, follow_ups, heading, share=None):
    """A failed check, the ways on it offers, one of those that need no form, its saved
    record and the follow-ups the desk is given."""
    check_in(demo_card)
    screenshot(outcome)
    if offered_choices() != choices:
        fail(f"{outcome} offered {offered_choices()}, not {choices}")
    if records_so_far == 1:
        call_staff_and_cancel()
    tap(choice)
    wait_for(screen)
    screenshot(screen)
    tap(done)
    record = finish(records_so_far, heading, share)
    if record["proofPath"] != proof_path or record["outcome"] != outcome:
        fail(f"{choice} saved {record['proofPath']} / {record['outcome']}")
    if follow_up_kinds(records_so_far) != follow_ups:
        fail(f"{choice} gave follow-ups {follow_up_kinds(records_so_far)}, not {follow_ups}")
    return record


def slip_text(record_id):
    slip = os.path.join(ARTIFACTS, f"slip-{record_id}.pdf")
    subprocess.run([KIOSKCTL, "--db", DB, "records", "slip", str(record_id), "--out", slip],
                   check=True)
    text = subprocess.run(["pdftotext", slip, "-"], check=True, capture_output=True,
                          text=True).stdout
    return "".join(text.split())  # lines wrap anywhere in Japanese


def path_valid(answer, records_so_far, confirmation, follow_ups):
    """A valid check: at a first visit (or after a denial) the patient is shown the
    terminal's name and birth date and asked whether they are theirs."""
    if answer is None:
        check_in("demo-valid", "finished")
    else:
        check_in("demo-valid", "confirm_identity")
        screenshot("confirm-identity")
        tap("confirm_identity.yes" if answer else "confirm_identity.no")
    # "Not me": staff are called over the finish screen, which says so.
    record = (finish(records_so_far, "スタッフを呼んでいます") if answer is False
              else finish(records_so_far, "受付が完了しました", 3))
    if record["outcome"] != "valid" or record.get("identityConfirmation") != confirmation:
        fail(f"valid check saved {record['outcome']} / {record.get('identityConfirmation')}")
    if follow_up_kinds(records_so_far) != follow_ups:
        fail(f"valid check gave follow-ups {follow_up_kinds(records_so_far)}, not {follow_ups}")
    held = "本人確認が済むまで" in slip_text(records_so_far)
    if held != (answer is False):
        fail(f"the slip {'does not hold' if not held else 'holds'} the claim for identity")


def type_digits(field, digits):
    if field:
        tap("field:" + field)
    # Where the 50音 keys have no room for a digit row (large text on a low
    # panel), the digits are on the 「ABC 123」 keys, as the patient would find.
    if target(digits[0]) is None and target("switch_keyboard") is not None:
        tap("switch_keyboard")
    for digit in digits:
        tap(digit)


def type_date(era, digits):
    """The era button, then the digits: each part moves on by itself. Returns the taps."""
    before = taps
    tap(era)
    for digit in digits:
        tap(digit)
    return taps - before


def path_declaration_confirmed(records_so_far):
    """(c) after 資格（無効）: the terminal's name, フリガナ, birth date, sex and address
    are confirmed on one page; the patient has no document with the new numbers."""
    global taps
    taps = 0
    check_in("demo-lost")
    screenshot("lost")
    tap("choice.declaration")
    wait_for("declaration_intro")
    screenshot("declaration-intro")
    to_the_last_page()  # the 説明書: 「記入をはじめる」 on its last page
    tap("declaration.intro.start")
    wait_for("confirm_known")
    screenshot("confirm-known")
    to_the_last_page()
    tap("confirm_known.yes")
    wait_for("declaration_step")
    tap("check")  # 有効な保険証の交付を受けている: one tap goes on
    tap("shaho")
    tap("false")  # no document with the insurer's names or numbers
    tap("declaration.leave_blank")  # 事業所名: asked of 社保, not required
    tap("within_one_month")
    # 居所 was confirmed blank beside the known 住所.
    tap("declaration.leave_blank")  # 電話
    tap("true")  # ご本人ですか？
    wait_for("review")
    screenshot("review-confirmed")
    sign_from_the_review()
    confirmed_taps = taps
    record = finish(records_so_far, "受付へお進みください", 3)
    declaration = record.get("declaration", {})
    if record["proofPath"] != "declaration" or record["outcome"] != "lost":
        fail(f"path (c) saved {record['proofPath']} / {record['outcome']}")
    for key, value in {"name": "試験　花子", "nameKana": "シケン　ハナコ",
                       "birthDate": "1980-04-01", "sex": "female"}.items():
        if declaration.get(key) != value:
            fail(f"path (c) confirmed {key} is {declaration.get(key)!r}, not {value!r}")
    # Confirmed from the terminal's own answer is no cross-check: staff check identity.
    if "confirm_identity" not in follow_up_kinds(records_so_far):
        fail(f"path (c) follow-ups: {follow_up_kinds(records_so_far)}")
    return confirmed_taps


def type_kana(kana):
    """Kana keys as a finger presses them: が is か then 濁点, ぱ is は then 半濁点,
    ょ is よ then 小さい字."""
    voiced = dict(zip("がぎぐげござじずぜぞだぢづでどばびぶべぼ", "かきくけこさしすせそたちつてとはひふへほ"))
    half = dict(zip("ぱぴぷぺぽ", "はひふへほ"))
    small = dict(zip("ぁぃぅぇぉっゃゅょ", "あいうえおつやゆよ"))
    for kana in kana:
        if kana in voiced:
            tap(voiced[kana])
            tap("dakuten")
        elif kana in half:
            tap(half[kana])
            tap("handakuten")
        elif kana in small:
            tap(small[kana])
            tap("small")
        else:
            tap(kana)


def shown_candidates():
    return [t["id"] for t in touch_map()["targets"] if t["id"].startswith("candidate:")]


def convert_to(parts, what):
    """「漢字に変換」, then each part's spelling among the first candidates
    (anthy converts within a frame: under the sanitizers that frame is slow)."""
    tap("convert")
    for number, part in enumerate(parts):
        deadline = time.time() + 20
        while target("candidate:" + part) is None and time.time() < deadline:
            time.sleep(0.1)
        if number == 0:
            screenshot(f"step-{what}-candidates")
        if target("candidate:" + part) is None:
            fail(f"{part!r} is not among the first candidates for the {what}: "
                 f"{shown_candidates()}")
        tap("candidate:" + part)


def path_declaration_typed(records_so_far):
    """(c) after a terminal error: nothing is known. The issue's measure: a 6-kana
    name converted to kanji, a birth date, sex, an address by kana conversion and an
    11-digit phone. The insurer's numbers from a 資格情報のお知らせ are typed too,
    counted apart (the measure leaves them out)."""
    global taps
    taps = 0
    check_in("demo-error")
    tap("choice.declaration")
    wait_for("declaration_intro")
    to_the_last_page()  # the 説明書: 「記入をはじめる」 on its last page
    tap("declaration.intro.start")
    wait_for("declaration_step")
    screenshot("step-confirm")
    tap("check")
    tap("shaho")
    screenshot("step-insurance-kind")
    tap("true")  # a document with the numbers
    before_numbers = taps
    tap("declaration.leave_blank")  # 保険者等名称
    type_digits(None, "01130012")
    screenshot("step-insurer-number")
    tap("common.next")
    type_digits(None, "4711")
    type_digits("insured_number", "815")
    type_digits("insured_branch", "01")
    screenshot("step-symbol-number")
    tap("common.next")
    number_taps = taps - before_numbers
    tap("declaration.leave_blank")  # 事業所名: asked of 社保, not required
    tap("within_one_month")
    type_kana("たなかはなこ")
    # A name's spellings come first: 田中 on the first page at every size.
    convert_to(["田中", "花子"], "name")
    # The フリガナ came with the name: typed once (issue 10 item 2).
    if target("field:name_kana") is None:
        fail("the name step shows no フリガナ")
    screenshot("step-name")
    tap("common.next")
    date_taps = type_date("Showa", "241228")  # 生年月日: 昭和24年12月28日
    screenshot("step-birth-date")
    tap("common.next")
    tap("female")
    tap("three_tenths")  # over 70: the share on the card is asked
    type_kana("ちよだくちよだ")
    convert_to(["千代田区", "千代田"], "address")
    tap("switch_keyboard")  # the block number on Latin keys
    for key in "1-1":
        tap(key)
    screenshot("step-address")
    tap("common.next")
    type_digits(None, "09012345678")
    screenshot("step-phone")
    tap("common.next")
    tap("true")  # ご本人ですか？
    wait_for("review")
    screenshot("review")
    sign_from_the_review(screenshot_name="signature")
    typed_taps = taps - number_taps
    record = finish(records_so_far, "受付へお進みください", 3)
    declaration = record.get("declaration", {})
    if declaration.get("birthDate") != "1949-12-28":
        fail(f"path (c) birth date is {declaration.get('birthDate')!r}, not 1949-12-28")
    if record["proofPath"] != "declaration" or record["outcome"] != "terminal_error":
        fail(f"path (c) saved {record['proofPath']} / {record['outcome']}")
    expected = {"phone": "09012345678", "insuranceKind": "shaho", "insurerNumber": "01130012",
                "insuredSymbol": "4711", "insuredNumber": "815", "insuredBranch": "01",
                "sex": "female"}
    for key, value in expected.items():
        if declaration.get(key) != value:
            fail(f"path (c) {key} is {declaration.get(key)!r}, not {value!r}")
    if declaration.get("name", "").replace("\u3000", "") != "田中花子":
        fail(f"path (c) name is {declaration.get('name')!r}")
    if declaration.get("nameKana", "").replace("\u3000", "") != "タナカハナコ":
        fail(f"path (c) フリガナ is {declaration.get('nameKana')!r}")
    if not declaration.get("address", "").startswith("千代田区千代田1"):
        fail(f"path (c) address is {declaration.get('address')!r}")
    if not declaration.get("hasSignature"):
        fail("path (c) saved no signature")
    kinds = attachment_kinds(records_so_far)
    if "signature" not in kinds:
        fail(f"path (c) attachments: {kinds}")
    text = slip_text(records_so_far)
    for expected_text in ("01130012", "4711", "815", "2現在の資格を患者の申告"):
        if expected_text not in text:
            fail(f"the slip lacks {expected_text!r}:\n{text}")
    if "77777777" in text:
        fail("typed numbers must not become a 不詳 claim")
    return typed_taps, number_taps, date_taps


def path_declaration_corrected(records_so_far):
    """(c) as a patient who makes mistakes: 「次へ」 before answering is refused
    with the problem in words, 「いいえ」 to ご本人ですか？ asks 患者との関係,
    「もどる」 from the review and a 「なおす」 there change an answer, and
    nothing else is lost on the way (after the measured paths: its taps are not reported)."""
    check_in("demo-lost")
    tap("choice.declaration")
    wait_for("declaration_intro")
    to_the_last_page()  # the 説明書: 「記入をはじめる」 on its last page
    tap("declaration.intro.start")
    wait_for("confirm_known")
    to_the_last_page()
    tap("confirm_known.yes")
    wait_for("declaration_step")
    tap("common.next")  # nothing ticked
    shot = screenshot("step-confirm-problem")
    if target("check") is None:
        fail("「次へ」 with nothing ticked left the first question")
    # The problem's words (declaration.must_confirm; Tesseract reads red 「エラー」 poorly).
    if "ほかの方法" not in (read := words_seen(shot)):
        fail(f"no problem shown in words after 「次へ」 with nothing ticked: {read!r}")
    for id_ in ("check", "shaho", "false", "declaration.leave_blank", "within_one_month",
                "declaration.leave_blank"):
        tap(id_)
    tap("false")  # ご本人ですか？ いいえ
    wait_for("declaration_step")
    if target("field:signer_relation") is None:
        fail("「いいえ」 to ご本人ですか？ does not ask 患者との関係")
    type_kana("つま")
    tap("keep_kana")
    screenshot("step-relation")
    tap("common.next")
    wait_for("review")
    tap("common.back")  # back to the last step, its answer kept
    wait_for("declaration_step")
    tap("common.next")
    wait_for("review")
    while target("edit:signer_relation") is None:
        tap("answers.next_page")
    tap("edit:signer_relation")
    wait_for("declaration_step")
    tap("field:signer_relation")
    for _ in range(2):
        tap("backspace")
    type_kana("むすめ")
    tap("keep_kana")
    tap("common.next")
    wait_for("review")  # straight back to the review, not through the steps
    sign_from_the_review()
    record = finish(records_so_far, "受付へお進みください", 3)
    declaration = record.get("declaration", {})
    if declaration.get("signerRelation") != "むすめ":
        fail(f"the corrected 患者との関係 is {declaration.get('signerRelation')!r}")
    if declaration.get("name") != "試験　花子" or declaration.get("insuranceKind") != "shaho":
        fail(f"answers were lost on the way: {declaration}")


def path_reader_not_answering(records_so_far):
    """The reader waits for the card without a time-out; a patient whose card brings
    no answer says so and is offered the outage ways on."""
    wait_for("welcome")
    tap("welcome.start")
    wait_for("place_card")
    screenshot("place-card")
    tap("place_card.not_answering")
    wait_for("check_failed")
    expected = ["choice.mynaportal", "choice.proof", "choice.declaration", "choice.nothing"]
    if offered_choices() != expected:
        fail(f"a silent reader offered {offered_choices()}, not {expected}")
    tap("choice.proof")
    wait_for("proof_at_counter")
    tap("proof.done")
    record = finish(records_so_far, "受付へお進みください")
    if record["outcome"] != "no_answer" or record["proofPath"] != "proof_document":
        fail(f"a silent reader saved {record['outcome']} / {record['proofPath']}")


def start_document_lookup(insurer_number):
    """To the look-up after 資格情報なし, the insurer number typed."""
    check_in("demo-none")
    tap("choice.proof")
    wait_for("proof_at_counter")
    tap("proof.check_numbers")
    wait_for("document_numbers")
    type_digits(None, insurer_number)


def path_document_lookup(records_so_far):
    """(b) with the numbers typed: a 資格確認書 checked at the terminal by a 保険証情報
    look-up is a confirmed claim (case 1), with nothing left for the desk."""
    start_document_lookup("01130012")
    screenshot("lookup-insurer-number")
    tap("common.next")
    type_digits(None, "4711")
    type_digits("insured_number", "815")
    type_digits("insured_branch", "01")
    screenshot("lookup-symbol-number")
    tap("common.next")
    type_date("Showa", "500101")  # 昭和50年1月1日, as on the document
    tap("common.next")
    wait_for("confirm_identity")
    screenshot("lookup-confirm-identity")
    tap("confirm_identity.yes")
    record = finish(records_so_far, "受付が完了しました", 3)
    confirmed = record.get("confirmedQualification") or {}
    if record["proofPath"] != "proof_document" or confirmed.get("source") != "document_lookup":
        fail(f"look-up saved {record['proofPath']} / {confirmed}")
    if confirmed.get("insurerNumber") != "01130012" or record.get("status") != "closed":
        fail(f"look-up saved {confirmed.get('insurerNumber')} / {record.get('status')}")
    if follow_up_kinds(records_so_far):
        fail(f"a verified document left follow-ups {follow_up_kinds(records_so_far)}")
    if attachment_kinds(records_so_far) != ["terminal_response", "terminal_response"]:
        fail(f"look-up attachments: {attachment_kinds(records_so_far)}")
    text = slip_text(records_so_far)
    if "01130012" not in text:
        fail(f"the slip lacks the document's insurer number:\n{text}")


def path_document_not_found(records_so_far):
    """(b) with numbers the terminal does not know: the document is shown at the
    counter, and the desk gets the numbers as typed (記号 with a hyphen, on the
    Latin keys) to compare with it."""
    start_document_lookup("01130012")
    tap("common.next")
    # A 記号 opens the 「ABC 123」 keys (the template's first_keys).
    if target("-") is None:
        fail("the 記号 does not open on the Latin keys")
    for key in "12-34":
        tap(key)
    screenshot("lookup-symbol-latin-keys")
    type_digits("insured_number", "999")
    type_digits("insured_branch", "01")
    tap("common.next")
    type_date("Showa", "500101")
    tap("common.next")
    wait_for("proof_at_counter")
    screenshot("lookup-not-found")
    tap("proof.done")
    record = finish(records_so_far, "受付へお進みください")
    typed = (record.get("unconfirmedDocument") or {}).get("numbers") or {}
    if record.get("confirmedQualification") or record.get("status") != "open":
        fail(f"an unconfirmed document was claimed on: {record}")
    if (typed.get("insurerNumber"), typed.get("symbol"), typed.get("number")) != (
            "01130012", "12-34", "999"):
        fail(f"the numbers as typed were not kept: {typed}")
    if record["unconfirmedDocument"].get("lookup") != "not_registered":
        fail(f"the look-up's answer was not kept: {record['unconfirmedDocument']}")
    if follow_up_kinds(records_so_far) != ["confirm_proof"]:
        fail(f"not-found look-up follow-ups: {follow_up_kinds(records_so_far)}")
    if "12-34" not in slip_text(records_so_far):
        fail("the slip lacks the typed 記号")


def main():
    global kiosk
    kiosk = subprocess.Popen([KIOSK, "--db", DB, "--data-dir", DATA_DIR, "--touch-map", MAP,
                              "--width", WIDTH, "--height", HEIGHT, "--kiosk-name", KIOSK_NAME]
                             + LARGE_TEXT,
                             env=dict(os.environ, SDL_AUDIODRIVER="disk", SDL_DISKAUDIOFILE=CHIME))
    try:
        # Start-up builds the font atlases; under the sanitizers on a busy CI
        # machine that has taken over 30 s.
        wait_for("welcome", timeout=180)
        screenshot("welcome")
        # (a), (b) and (d), each offering only the ways on that can work.
        path_without_form("demo-error", "terminal_error",
                          ["choice.mynaportal", "choice.proof", "choice.declaration",
                           "choice.nothing"], "choice.mynaportal", "mynaportal",
                          "mynaportal.done", "mynaportal", 1,
                          ["confirm_proof", "system_failure_mode_lookup"], "受付へお進みください")
        path_without_form("demo-none", "not_registered",
                          ["choice.proof", "choice.declaration", "choice.nothing"],
                          "choice.proof", "proof_at_counter", "proof.done", "proof_document", 2,
                          ["confirm_proof"], "受付へお進みください")
        path_without_form("demo-card", "card_problem",
                          ["choice.proof", "choice.declaration", "choice.nothing"],
                          "choice.nothing", "nothing_available", "nothing.done",
                          "nothing_available", 3, ["other"], "受付へお進みください", 10)
        # Valid: first visit "not me", then "yes", then a return visit asks nothing.
        path_valid(False, 4, "denied", ["confirm_identity"])
        path_valid(True, 5, "confirmed", [])
        path_valid(None, 6, "not_asked", [])
        # (c), the form: what the terminal knows confirmed, then everything typed.
        confirmed_taps = path_declaration_confirmed(7)
        typed_taps, number_taps, date_taps = path_declaration_typed(8)
        # (b) checked on the spot from the document's numbers.
        path_document_lookup(9)
        path_reader_not_answering(10)
        path_document_not_found(11)
        path_declaration_corrected(12)
    finally:
        kiosk.terminate()
        code = kiosk.wait(timeout=20)
    if code != 0:
        fail(f"kiosk exited with {code}")
    print(f"patient_paths: ok ({len(records())} records, screenshots in {ARTIFACTS})")
    print(f"taps welcome to finish: 資格（無効）→ 申立書 confirmed {confirmed_taps}, "
          f"typed without pre-fill {typed_taps} (the insurer's numbers {number_taps} more); "
          f"生年月日 昭和24年12月28日 {date_taps}")


main()
