#!/usr/bin/env python3
"""Fills passgate_ko.ts with the Korean texts below (run after lupdate; idempotent).

Kept as a table so a reviewer sees every Korean sentence next to its English source in one place.
Usage: korean.py passgate_ko.ts
"""
import sys
import xml.etree.ElementTree as ET

KO = {
    # Check-in controller and verdicts
    "That is a business number; enter the visitor's own mobile or home number.": "업소 번호입니다. 방문자의 휴대전화나 집 전화번호를 입력하세요.",
    "A paper check-in needs staff: unlock with the staff PIN.": "종이 증명서 확인은 직원이 합니다. 직원 PIN으로 잠금을 푸세요.",
    "An override needs staff: unlock with the staff PIN.": "직원 판정은 직원 PIN으로 잠금을 푼 뒤에 할 수 있습니다.",
    "There is no recorded check-in to override.": "바꿀 수 있는 기록된 판정이 없습니다.",
    "Say why: an override needs a reason.": "사유를 입력하세요. 직원 판정에는 사유가 필요합니다.",
    "Phone check-in": "전화 체크인",
    "valid until %1": "%1까지 유효",
    "Admit": "입장 가능",
    "Not admitted": "입장 불가",
    "Staff check": "직원 확인",
    # Counter page
    "Today": "오늘",
    "Admitted": "입장",
    "Staff checks": "직원 확인",
    "Paper certificate": "종이 증명서",
    "Staff override": "직원 판정",
    "Staff area": "직원 메뉴",
    # Front desk
    "Patient": "환자",
    "Guardian": "보호자",
    "Visitor": "방문객",
    "Staff": "직원",
    "Delivery": "배송",
    "Visitor category": "방문 구분",
    "Ward / department": "병동 / 진료과",
    # Runtime / status
    "Demo trust list": "데모 신뢰 목록",
    "Demo passes": "데모 증명서",
    "Recorded source": "녹화 영상",
    "Camera": "카메라",
    "Ledger OK": "출입명부 정상",
    # Settings
    "Enter a phone number.": "전화번호를 입력하세요.",
    "Use digits only (hyphens and spaces are fine).": "숫자만 입력하세요 (하이픈과 공백은 괜찮습니다).",
    "Not a Korean number: start with 010, 02, 031…, 070, 080 or 15xx.": "국내 번호가 아닙니다. 010, 02, 031…, 070, 080 또는 15xx로 시작합니다.",
    "Too many or too few digits for this kind of number.": "이 번호 형식에 비해 자릿수가 많거나 적습니다.",
    "The PIN has 4 to 8 digits.": "PIN은 4~8자리 숫자입니다.",
    "The PIN is digits only.": "PIN은 숫자만 사용합니다.",
    "Choose a PIN that is harder to guess than 0000 or 1234.": "0000이나 1234보다 추측하기 어려운 PIN을 고르세요.",
    "The two PINs differ.": "두 PIN이 다릅니다.",
    "Enter the venue's name.": "업소 이름을 입력하세요.",
    # Shell
    "Check-ins paused: %1": "체크인 중단: %1",
    "Demo mode: this venue is not set up yet.": "데모 모드: 아직 업소 설정이 되지 않았습니다.",
    "Set up": "설정하기",
    "passgate": "passgate",
    # Override
    "Admit anyway": "입장 허용",
    "Deny": "입장 거부",
    "Decide against the last verdict. The reason and your staff id (%1) are recorded.": "마지막 판정을 직원이 바꿉니다. 사유와 직원 ID(%1)가 기록됩니다.",
    "Reason (required)": "사유 (필수)",
    "Check in": "체크인",
    "Cancel": "취소",
    # Paper form
    "Choose the vaccine.": "백신을 고르세요.",
    "Enter the dose as n of m.": "접종 차수를 n/m으로 입력하세요.",
    "Enter the date of the last dose as YYYY-MM-DD.": "마지막 접종일을 YYYY-MM-DD로 입력하세요.",
    "Enter the result time as YYYY-MM-DD HH:MM.": "결과 통보 시각을 YYYY-MM-DD HH:MM으로 입력하세요.",
    "Enter the release date as YYYY-MM-DD.": "격리해제일을 YYYY-MM-DD로 입력하세요.",
    "Enter the birth date for an age exemption.": "나이 예외는 생년월일을 입력하세요.",
    "Confirm that the ID matches the certificate.": "신분증과 증명서가 일치하는지 확인하세요.",
    "Vaccination certificate": "예방접종증명서",
    "Sticker on ID card": "신분증 접종 스티커",
    "PCR / test result": "PCR / 검사 결과",
    "Recovery / release": "완치 / 격리해제",
    "Exemption": "예외",
    "Pfizer (Comirnaty)": "화이자 (코미나티)",
    "Moderna (Spikevax)": "모더나 (스파이크박스)",
    "AstraZeneca (Vaxzevria)": "아스트라제네카 (박스제브리아)",
    "Janssen": "얀센",
    "Novavax (Nuvaxovid)": "노바백스 (뉴백소비드)",
    "Vaccine": "백신",
    "Dose": "차수",
    "of": "/",
    "Date of this dose (YYYY-MM-DD)": "이 차수 접종일 (YYYY-MM-DD)",
    "PCR": "PCR",
    "Rapid antigen": "신속항원",
    "Paper": "종이",
    "Text message": "문자 메시지",
    "Negative": "음성",
    "Positive": "양성",
    "Result time (YYYY-MM-DD HH:MM)": "결과 통보 시각 (YYYY-MM-DD HH:MM)",
    "Release date (YYYY-MM-DD)": "격리해제일 (YYYY-MM-DD)",
    "Medical exemption": "의학적 사유 예외",
    "Under 18": "18세 이하",
    "Other": "기타",
    "Birth date (for age rules)": "생년월일 (나이 기준용)",
    "✓ ID checked": "✓ 신분증 확인함",
    "ID checked?": "신분증 확인?",
    # Phone panel
    "The visitor calls the check-in number:": "방문자가 아래 체크인 번호로 전화합니다:",
    "(no number set)": "(번호 미설정)",
    "…or type the visitor's mobile or home number:": "…또는 방문자의 휴대전화·집 전화번호를 입력하세요:",
    "010-1234-5678": "010-1234-5678",
    # PIN
    "Staff PIN": "직원 PIN",
    "Unlock": "잠금 해제",
    "Too many wrong PINs. Try again in %n second(s).": "PIN을 여러 번 틀렸습니다. %n초 후에 다시 시도하세요.",
    "Staff id or initials": "직원 ID 또는 이니셜",
    "PIN": "PIN",
    "Wrong PIN. %n attempt(s) left before a pause.": "PIN이 틀렸습니다. 잠시 잠기기까지 %n번 남았습니다.",
    "No staff PIN is set: finish the setup first.": "직원 PIN이 없습니다. 먼저 설정을 마치세요.",
    # Reasons
    "vaccinated": "접종 완료",
    "booster dose": "추가 접종",
    "negative test": "음성 확인",
    "recovered": "완치자",
    "medical exemption": "의학적 사유 예외",
    "exempt by age": "나이 예외",
    "no pass: may be seated alone only": "방역패스 없음: 혼자 식사만 가능",
    "check the ID against the certificate": "증명서와 신분증을 대조하세요",
    "the kiosk clock looks wrong — check by hand": "기기 시계가 이상합니다 — 직접 확인하세요",
    "trust list expired — check the pass by hand": "신뢰 목록 만료 — 직접 확인하세요",
    "trust list expired on %1 — check the pass by hand": "신뢰 목록이 %1에 만료됨 — 직접 확인하세요",
    "vaccination too recent: not counted yet": "접종 후 기간이 짧아 아직 인정되지 않습니다",
    "vaccination no longer counts": "접종 유효기간이 지났습니다",
    "vaccination series not complete": "기본 접종을 마치지 않았습니다",
    "test result positive": "검사 결과 양성",
    "this kind of test is not accepted here": "이곳에서 인정하지 않는 검사입니다",
    "test result too old": "검사 결과 유효시간이 지났습니다",
    "test time lies in the future": "검사 시각이 미래입니다",
    "recovery not valid yet": "완치 확인이 아직 유효하지 않습니다",
    "recovery no longer counts": "완치 유효기간이 지났습니다",
    "exemption expired": "예외 기간이 끝났습니다",
    "certificate is not about COVID-19": "코로나19 증명서가 아닙니다",
    "this kind of certificate is not accepted here": "이곳에서 인정하지 않는 증명서입니다",
    "no pass shown": "증명서를 보여 주지 않았습니다",
    "pass expired": "증명서 만료",
    "expired on %1": "%1에 만료됨",
    "pass not valid yet": "아직 유효하지 않은 증명서",
    "valid only from %1": "%1부터 유효",
    "signature invalid — possibly forged": "서명 오류 — 위조 가능성",
    "issuer not on the trust list": "신뢰 목록에 없는 발급기관",
    "issuer may not sign this kind of pass": "발급기관이 이 종류의 증명서를 발급할 수 없습니다",
    "pass revoked by its issuer": "발급기관이 취소한 증명서",
    "no trust list installed": "신뢰 목록이 설치되지 않았습니다",
    "not a pass this kiosk can read": "읽을 수 없는 코드입니다",
    "pass format not supported": "지원하지 않는 증명서 형식",
    "signature algorithm not supported": "지원하지 않는 서명 방식",
    "pass content is malformed": "증명서 내용이 올바르지 않습니다",
    "checked in by phone": "전화로 체크인함",
    "staff decision: %1": "직원 판정: %1",
    "an override needs a reason": "직원 판정에는 사유가 필요합니다",
    "could not be recorded — check-ins are paused": "기록하지 못했습니다 — 체크인을 중단합니다",
    "no entry ledger available on this kiosk": "이 기기에 출입명부가 없습니다",
    "this kiosk cannot verify passes yet": "이 기기는 아직 증명서를 검증할 수 없습니다",
    "the venue's policy is not available — staff decide": "업소 기준을 불러오지 못했습니다 — 직원이 판단하세요",
    "the disk is full": "저장 공간이 가득 찼습니다",
    "the ledger cannot be written (read-only)": "출입명부에 쓸 수 없습니다 (읽기 전용)",
    "the ledger is locked by another program": "다른 프로그램이 출입명부를 잠갔습니다",
    "the ledger refused the entry": "출입명부가 기록을 거부했습니다",
    "ledger: %1": "출입명부: %1",
    "Vaccination, dose %1 of %2, %3": "예방접종 %1/%2차, %3",
    "Rapid antigen test": "신속항원검사",
    "PCR test": "PCR 검사",
    "detected": "양성",
    "not detected": "음성",
    "%1, %2, %3": "%1, %2, %3",
    "Recovery, valid until %1": "완치, %1까지 유효",
    "Recovery": "완치",
    "Exempt by age": "나이 예외",
    # Preview, self-scan, setup
    "Hold the QR code inside the frame": "QR 코드를 네모 안에 맞춰 주세요",
    "Set up this venue": "업소 설정",
    "Save and start": "저장하고 시작",
    "Until this is done and a trust list is installed, passgate runs in demo mode.": "설정을 마치고 신뢰 목록을 설치하기 전까지는 데모 모드로 동작합니다.",
    "Venue name": "업소 이름",
    "Cafe": "카페",
    "Restaurant": "식당",
    "PC bang": "PC방",
    "Hospital": "병원",
    "Check-in phone number (안심콜), e.g. 080-123-4567": "안심콜 번호 (예: 080-123-4567)",
    "Staff PIN (4-8 digits)": "직원 PIN (4~8자리)",
    "PIN again": "PIN 확인",
    # Staff area
    "Settings": "설정",
    "Mode": "모드",
    "Counter": "카운터",
    "Self-scan kiosk": "셀프 체크인 키오스크",
    "Hospital front desk": "병원 안내데스크",
    "Language": "언어",
    "Check-in phone number (안심콜)": "안심콜 번호",
    "080-123-4567": "080-123-4567",
    "Policy": "방역 기준",
    "Sounds": "소리",
    "Keep entries (days)": "보관 기간 (일)",
    "Wards / departments (comma separated)": "병동 / 진료과 (쉼표로 구분)",
    "e.g. 3B, ICU, Radiology": "예: 3B, 중환자실, 영상의학과",
    "Trust list": "신뢰 목록",
    "Today: %n check-in(s)": "오늘 체크인 %n건",
    "Admitted %1 · Not admitted %2 · Staff checks %3": "입장 %1 · 입장 불가 %2 · 직원 확인 %3",
    "Lock and close": "잠그고 닫기",
    "Back": "돌아가기",
    "Quit passgate": "passgate 종료",
    "DEMO": "데모",
    "No frame source": "영상 입력 없음",
    "No ledger: check-ins are not recorded": "출입명부 없음: 체크인이 기록되지 않습니다",
    "No trust list": "신뢰 목록 없음",
    "%n signer(s) from files": "파일의 서명자 %n개",
    "check mark": "확인 표시",
    "cross": "엑스 표시",
    "exclamation mark": "느낌표",
    "%1 · born %2": "%1 · %2 출생",
    "NOT RECORDED — do not admit until the ledger works again": "기록 안 됨 — 출입명부가 복구될 때까지 입장시키지 마세요",
    # Ledger and trust list status (KioskRuntime)
    "The ledger cannot be opened, so nothing can be recorded: %1": "출입명부를 열 수 없어 아무것도 기록할 수 없습니다: %1",
    "The ledger was damaged and has been moved aside (kept for rescue): %1. A new ledger was started.": "출입명부가 손상되어 따로 옮겨 두었습니다(복구용으로 보관): %1. 새 출입명부를 시작했습니다.",
    "The installed trust list was refused and set aside: %1": "설치된 신뢰 목록이 거부되어 따로 옮겨 두었습니다: %1",
    "Old check-ins could not be deleted on schedule: %1": "보관 기간이 지난 체크인을 삭제하지 못했습니다: %1",
    "New venue keys. The owner's private key (it opens exported contact lists) is %1, protected by the passphrase %2. Write the passphrase down and move the file off this kiosk: the passphrase is not stored and is shown only until passgate restarts.": "새 업소 키를 만들었습니다. 업주 개인키(내보낸 연락처 목록을 여는 키)는 %1 이며 암호 %2 로 보호됩니다. 암호를 적어 두고 파일을 이 키오스크 밖으로 옮기세요. 암호는 저장되지 않으며 passgate를 다시 시작하면 더 이상 보이지 않습니다.",
    "No ledger: check-ins cannot be recorded": "출입명부 없음: 체크인을 기록할 수 없습니다",
    "Not recording: %1": "기록 중단: %1",
    "Ledger: see the staff area": "출입명부: 직원 메뉴를 확인하세요",
    "Ledger OK · %n today": "출입명부 정상 · 오늘 %n건",
    "No trust list: passes cannot be verified": "신뢰 목록 없음: 증명서를 검증할 수 없습니다",
    "%n hour(s) old": "%n시간 전",
    "%n day(s) old": "%n일 전",
    "Demo trust list": "데모 신뢰 목록",
    "%1 expired on %2: every verdict is flagged": "%1 %2 만료: 모든 판정에 표시됩니다",
    "%1 %2 — update it": "%1 %2 — 업데이트하세요",
    "%1 %2": "%1 %2",
    # Staff area: trust list actions (TrustListControl)
    "Updating…": "업데이트 중…",
    "Update now": "지금 업데이트",
    "Trust list file to import (.pgtb)": "가져올 신뢰 목록 파일 (.pgtb)",
    "Import": "가져오기",
    "No update address is configured.": "업데이트 주소가 설정되지 않았습니다.",
    "Cannot read %1": "%1 파일을 읽을 수 없습니다",
    "(no file given)": "(파일 없음)",
    "%1 is too large for a trust list": "%1 파일은 신뢰 목록으로 보기에 너무 큽니다",
    "Refused: %1": "거부됨: %1",
    "That trust list is already in force.": "이미 적용 중인 신뢰 목록입니다.",
    "Installed trust list %1, valid until %2": "신뢰 목록 %1 설치됨, %2까지 유효",
    # Staff area: contact-tracing export (ContactExport)
    "Export folder (e.g. a USB stick)": "내보낼 폴더 (예: USB 메모리)",
    "Days": "일수",
    "Export for contact tracing": "역학조사용 내보내기",
    "There is no ledger to export.": "내보낼 출입명부가 없습니다.",
    "Choose 1 to 366 days.": "1일에서 366일 사이로 정하세요.",
    "%1 is not a folder.": "%1 은(는) 폴더가 아닙니다.",
    "(no folder given)": "(폴더 없음)",
    "Export failed: %1": "내보내기 실패: %1",
    "%n check-in(s) exported, sealed for the owner, to %1": "체크인 %n건을 업주만 열 수 있게 암호화하여 %1 에 내보냈습니다",
}


def main():
    path = sys.argv[1]
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        korean = KO.get(source)
        if korean is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            form = ET.SubElement(translation, "numerusform")
            form.text = korean
        else:
            translation.text = korean
    tree.write(path, encoding="utf-8", xml_declaration=True)
    if missing:
        sys.exit("no Korean for:\n  " + "\n  ".join(missing))


if __name__ == "__main__":
    main()
