<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>CounterPage</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>입장 불가</translation>
    </message>
    <message>
        <source>Staff checks</source>
        <translation>직원 확인</translation>
    </message>
    <message>
        <source>Phone check-in</source>
        <translation>전화 체크인</translation>
    </message>
    <message>
        <source>Paper certificate</source>
        <translation>종이 증명서</translation>
    </message>
    <message>
        <source>Staff override</source>
        <translation>직원 판정</translation>
    </message>
    <message>
        <source>Staff area</source>
        <translation>직원 메뉴</translation>
    </message>
    <message>
        <source>Seen by staff (outage mode):</source>
        <translation>직원이 눈으로 확인 (장애 대응 모드):</translation>
    </message>
    <message>
        <source>Phone pass</source>
        <translation>휴대폰 증명</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>스티커</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>종이</translation>
    </message>
</context>
<context>
    <name>FrontDeskPanel</name>
    <message>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>보호자</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>방문객</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>배송</translation>
    </message>
    <message>
        <source>Visitor category</source>
        <translation>방문 구분</translation>
    </message>
    <message>
        <source>Ward / department</source>
        <translation>병동 / 진료과</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>Check-ins paused: %1</source>
        <translation>체크인 중단: %1</translation>
    </message>
    <message>
        <source>Demo mode: this venue is not set up yet.</source>
        <translation>데모 모드: 아직 업소 설정이 되지 않았습니다.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>설정하기</translation>
    </message>
    <message>
        <source>This kiosk is not set up yet: please ask staff.</source>
        <translation>이 키오스크는 아직 설정되지 않았습니다. 직원에게 문의하세요.</translation>
    </message>
    <message>
        <source>Outage mode since %1: %2</source>
        <translation>장애 대응 모드 (%1부터): %2</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>passgate</source>
        <translation>passgate</translation>
    </message>
</context>
<context>
    <name>OverridePanel</name>
    <message>
        <source>Staff override</source>
        <translation>직원 판정</translation>
    </message>
    <message>
        <source>Admit anyway</source>
        <translation>입장 허용</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>입장 거부</translation>
    </message>
    <message>
        <source>Decide against the last verdict. The reason and your staff id (%1) are recorded.</source>
        <translation>마지막 판정을 직원이 바꿉니다. 사유와 직원 ID(%1)가 기록됩니다.</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>입장 가능</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>사유 (필수)</translation>
    </message>
    <message>
        <source>Decide against the last verdict. The reason is recorded (no staff id was given when unlocking).</source>
        <translation>마지막 판정을 바꿉니다. 사유가 기록됩니다(잠금 해제 때 직원 ID를 입력하지 않았습니다).</translation>
    </message>
</context>
<context>
    <name>PanelFrame</name>
    <message>
        <source>Check in</source>
        <translation>체크인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>PaperCheckInPanel</name>
    <message>
        <source>Paper certificate</source>
        <translation>종이 증명서</translation>
    </message>
    <message>
        <source>Vaccination certificate</source>
        <translation>예방접종증명서</translation>
    </message>
    <message>
        <source>Sticker on ID card</source>
        <translation>신분증 접종 스티커</translation>
    </message>
    <message>
        <source>PCR / test result</source>
        <translation>PCR / 검사 결과</translation>
    </message>
    <message>
        <source>Recovery / release</source>
        <translation>완치 / 격리해제</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>예외</translation>
    </message>
    <message>
        <source>Pfizer (Comirnaty)</source>
        <translation>화이자 (코미나티)</translation>
    </message>
    <message>
        <source>Moderna (Spikevax)</source>
        <translation>모더나 (스파이크박스)</translation>
    </message>
    <message>
        <source>AstraZeneca (Vaxzevria)</source>
        <translation>아스트라제네카 (박스제브리아)</translation>
    </message>
    <message>
        <source>Janssen</source>
        <translation>얀센</translation>
    </message>
    <message>
        <source>Novavax (Nuvaxovid)</source>
        <translation>노바백스 (뉴백소비드)</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>백신</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>차수</translation>
    </message>
    <message>
        <source>of</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Date of this dose (YYYY-MM-DD)</source>
        <translation>이 차수 접종일 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <source>Rapid antigen</source>
        <translation>신속항원</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>종이</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>문자 메시지</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>양성</translation>
    </message>
    <message>
        <source>Result time (YYYY-MM-DD HH:MM)</source>
        <translation>결과 통보 시각 (YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>Release date (YYYY-MM-DD)</source>
        <translation>격리해제일 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Medical exemption</source>
        <translation>의학적 사유 예외</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18세 이하</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Birth date (for age rules)</source>
        <translation>생년월일 (나이 기준용)</translation>
    </message>
    <message>
        <source>✓ ID checked</source>
        <translation>✓ 신분증 확인함</translation>
    </message>
    <message>
        <source>ID checked?</source>
        <translation>신분증 확인?</translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation>접종 차수</translation>
    </message>
    <message>
        <source>Doses in the series</source>
        <translation>전체 접종 횟수</translation>
    </message>
</context>
<context>
    <name>PhoneCheckInPanel</name>
    <message>
        <source>Phone check-in</source>
        <translation>전화 체크인</translation>
    </message>
    <message>
        <source>The visitor calls the check-in number:</source>
        <translation>방문자가 아래 체크인 번호로 전화합니다:</translation>
    </message>
    <message>
        <source>(no number set)</source>
        <translation>(번호 미설정)</translation>
    </message>
    <message>
        <source>…or type the visitor's mobile or home number:</source>
        <translation>…또는 방문자의 휴대전화·집 전화번호를 입력하세요:</translation>
    </message>
    <message>
        <source>010-1234-5678</source>
        <translation>010-1234-5678</translation>
    </message>
    <message>
        <source>The visitor gives a safety number (12가34나) instead</source>
        <translation>전화번호 대신 개인안심번호(12가34나)로 체크인</translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <source>Staff PIN</source>
        <translation>직원 PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation><numerusform>PIN을 여러 번 틀렸습니다. %n초 후에 다시 시도하세요.</numerusform></translation>
    </message>
    <message>
        <source>Staff id or initials</source>
        <translation>직원 ID 또는 이니셜</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>vaccinated</source>
        <translation>접종 완료</translation>
    </message>
    <message>
        <source>booster dose</source>
        <translation>추가 접종</translation>
    </message>
    <message>
        <source>negative test</source>
        <translation>음성 확인</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>완치자</translation>
    </message>
    <message>
        <source>medical exemption</source>
        <translation>의학적 사유 예외</translation>
    </message>
    <message>
        <source>exempt by age</source>
        <translation>나이 예외</translation>
    </message>
    <message>
        <source>no pass: may be seated alone only</source>
        <translation>방역패스 없음: 혼자 식사만 가능</translation>
    </message>
    <message>
        <source>check the ID against the certificate</source>
        <translation>증명서와 신분증을 대조하세요</translation>
    </message>
    <message>
        <source>the kiosk clock looks wrong — check by hand</source>
        <translation>기기 시계가 이상합니다 — 직접 확인하세요</translation>
    </message>
    <message>
        <source>trust list expired — check the pass by hand</source>
        <translation>신뢰 목록 만료 — 직접 확인하세요</translation>
    </message>
    <message>
        <source>trust list expired on %1 — check the pass by hand</source>
        <translation>신뢰 목록이 %1에 만료됨 — 직접 확인하세요</translation>
    </message>
    <message>
        <source>vaccination too recent: not counted yet</source>
        <translation>접종 후 기간이 짧아 아직 인정되지 않습니다</translation>
    </message>
    <message>
        <source>vaccination no longer counts</source>
        <translation>접종 유효기간이 지났습니다</translation>
    </message>
    <message>
        <source>vaccination series not complete</source>
        <translation>기본 접종을 마치지 않았습니다</translation>
    </message>
    <message>
        <source>test result positive</source>
        <translation>검사 결과 양성</translation>
    </message>
    <message>
        <source>this kind of test is not accepted here</source>
        <translation>이곳에서 인정하지 않는 검사입니다</translation>
    </message>
    <message>
        <source>test result too old</source>
        <translation>검사 결과 유효시간이 지났습니다</translation>
    </message>
    <message>
        <source>test time lies in the future</source>
        <translation>검사 시각이 미래입니다</translation>
    </message>
    <message>
        <source>recovery not valid yet</source>
        <translation>완치 확인이 아직 유효하지 않습니다</translation>
    </message>
    <message>
        <source>recovery no longer counts</source>
        <translation>완치 유효기간이 지났습니다</translation>
    </message>
    <message>
        <source>exemption expired</source>
        <translation>예외 기간이 끝났습니다</translation>
    </message>
    <message>
        <source>certificate is not about COVID-19</source>
        <translation>코로나19 증명서가 아닙니다</translation>
    </message>
    <message>
        <source>this kind of certificate is not accepted here</source>
        <translation>이곳에서 인정하지 않는 증명서입니다</translation>
    </message>
    <message>
        <source>no pass shown</source>
        <translation>증명서를 보여 주지 않았습니다</translation>
    </message>
    <message>
        <source>pass expired</source>
        <translation>증명서 만료</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>%1에 만료됨</translation>
    </message>
    <message>
        <source>pass not valid yet</source>
        <translation>아직 유효하지 않은 증명서</translation>
    </message>
    <message>
        <source>valid only from %1</source>
        <translation>%1부터 유효</translation>
    </message>
    <message>
        <source>signature invalid — possibly forged</source>
        <translation>서명 오류 — 위조 가능성</translation>
    </message>
    <message>
        <source>issuer not on the trust list</source>
        <translation>신뢰 목록에 없는 발급기관</translation>
    </message>
    <message>
        <source>issuer may not sign this kind of pass</source>
        <translation>발급기관이 이 종류의 증명서를 발급할 수 없습니다</translation>
    </message>
    <message>
        <source>pass revoked by its issuer</source>
        <translation>발급기관이 취소한 증명서</translation>
    </message>
    <message>
        <source>not a pass this kiosk can read</source>
        <translation>읽을 수 없는 코드입니다</translation>
    </message>
    <message>
        <source>staff decision: %1</source>
        <translation>직원 판정: %1</translation>
    </message>
    <message>
        <source>an override needs a reason</source>
        <translation>직원 판정에는 사유가 필요합니다</translation>
    </message>
    <message>
        <source>could not be recorded — check-ins are paused</source>
        <translation>기록하지 못했습니다 — 체크인을 중단합니다</translation>
    </message>
    <message>
        <source>no entry ledger available on this kiosk</source>
        <translation>이 기기에 출입명부가 없습니다</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>저장 공간이 가득 찼습니다</translation>
    </message>
    <message>
        <source>Vaccination, dose %1 of %2, %3</source>
        <translation>예방접종 %1/%2차, %3</translation>
    </message>
    <message>
        <source>Rapid antigen test</source>
        <translation>신속항원검사</translation>
    </message>
    <message>
        <source>PCR test</source>
        <translation>PCR 검사</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>양성</translation>
    </message>
    <message>
        <source>not detected</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Recovery, valid until %1</source>
        <translation>완치, %1까지 유효</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>완치</translation>
    </message>
    <message>
        <source>Medical exemption</source>
        <translation>의학적 사유 예외</translation>
    </message>
    <message>
        <source>Exempt by age</source>
        <translation>나이 예외</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>예외</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>입장 가능</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>입장 불가</translation>
    </message>
    <message>
        <source>Staff check</source>
        <translation>직원 확인</translation>
    </message>
    <message>
        <source>signature algorithm not supported</source>
        <translation>지원하지 않는 서명 방식</translation>
    </message>
    <message>
        <source>pass content is malformed</source>
        <translation>증명서 내용이 올바르지 않습니다</translation>
    </message>
    <message>
        <source>the ledger cannot be written (read-only)</source>
        <translation>출입명부에 쓸 수 없습니다 (읽기 전용)</translation>
    </message>
    <message>
        <source>the ledger is locked by another program</source>
        <translation>다른 프로그램이 출입명부를 잠갔습니다</translation>
    </message>
    <message>
        <source>the ledger refused the entry</source>
        <translation>출입명부가 기록을 거부했습니다</translation>
    </message>
    <message>
        <source>ledger: %1</source>
        <translation>출입명부: %1</translation>
    </message>
    <message>
        <source>pass data malformed: %1 — check the visitor's ID</source>
        <translation>증명서 데이터 형식 오류: %1 — 신분증을 확인하세요</translation>
    </message>
    <message>
        <source>birth date lies after the pass was issued — check the visitor's ID</source>
        <translation>생년월일이 발급일보다 늦습니다 — 신분증을 확인하세요</translation>
    </message>
    <message>
        <source>vaccination date lies after the pass was issued — check by hand</source>
        <translation>접종일이 발급일보다 늦습니다 — 직접 확인하세요</translation>
    </message>
    <message>
        <source>test time lies after the pass was issued — check by hand</source>
        <translation>검사 시각이 발급일보다 늦습니다 — 직접 확인하세요</translation>
    </message>
    <message>
        <source>recovery date lies after the pass was issued — check by hand</source>
        <translation>확진일이 발급일보다 늦습니다 — 직접 확인하세요</translation>
    </message>
    <message>
        <source>a date on the pass cannot be read (%1) — check by hand</source>
        <translation>증명서의 날짜를 읽을 수 없습니다 (%1) — 직접 확인하세요</translation>
    </message>
    <message>
        <source>the venue's policy "%1" is not available — staff decide</source>
        <translation>업소 기준 "%1"을(를) 불러오지 못했습니다 — 직원이 판단하세요</translation>
    </message>
    <message>
        <source>no trust list installed — passes cannot be verified</source>
        <translation>신뢰 목록이 설치되지 않았습니다 — 증명서를 검증할 수 없습니다</translation>
    </message>
    <message>
        <source>the ledger file was deleted or replaced and no new one could be started: staff must fix the data folder and restart passgate</source>
        <translation>출입명부 파일이 지워지거나 바뀌었고 새 출입명부를 만들 수 없습니다: 직원이 데이터 폴더의 문제를 해결하고 passgate를 다시 시작해야 합니다</translation>
    </message>
    <message>
        <source>no entry ledger available on this kiosk: %1</source>
        <translation>이 기기에 출입명부가 없습니다: %1</translation>
    </message>
    <message>
        <source>another passgate is already using this data folder</source>
        <translation>다른 passgate가 이미 이 데이터 폴더를 쓰고 있습니다</translation>
    </message>
    <message>
        <source>the venue keys are missing or unusable</source>
        <translation>업소 키가 없거나 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the ledger file is damaged</source>
        <translation>출입명부 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>the ledger was written by a newer passgate</source>
        <translation>더 새로운 passgate가 기록한 출입명부입니다</translation>
    </message>
    <message>
        <source>the ledger cannot be read or written</source>
        <translation>출입명부를 읽거나 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>seen by staff: a pass on the visitor's phone</source>
        <translation>직원 확인: 방문자 휴대폰의 증명</translation>
    </message>
    <message>
        <source>seen by staff: a vaccination sticker</source>
        <translation>직원 확인: 예방접종 스티커</translation>
    </message>
    <message>
        <source>seen by staff: a paper certificate</source>
        <translation>직원 확인: 종이 증명서</translation>
    </message>
    <message>
        <source>seen by staff: %1</source>
        <translation>직원 확인: %1</translation>
    </message>
    <message>
        <source>a check by staff needs who checked and what they saw</source>
        <translation>직원 확인에는 확인한 직원과 본 증명이 필요합니다</translation>
    </message>
    <message>
        <source>a negative test</source>
        <translation>음성 검사 결과</translation>
    </message>
    <message>
        <source>a vaccination</source>
        <translation>예방접종 증명</translation>
    </message>
    <message>
        <source>a recovery certificate</source>
        <translation>완치 증명</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>counts only with %1 beside it</source>
        <translation>%1도 함께 있어야 인정됩니다</translation>
    </message>
    <message>
        <source>now show the second pass: %1</source>
        <translation>이제 두 번째 증명을 보여 주세요: %1</translation>
    </message>
    <message>
        <source>the second pass was not shown in time</source>
        <translation>두 번째 증명을 제시간에 보여 주지 않았습니다</translation>
    </message>
    <message>
        <source>the second pass belongs to someone else: both must be the same person's</source>
        <translation>두 번째 증명이 다른 사람의 것입니다. 두 증명 모두 같은 사람의 것이어야 합니다</translation>
    </message>
    <message>
        <source>signed with another issuer's key — possibly forged</source>
        <translation>다른 발급기관의 키로 서명됨 — 위조 가능성</translation>
    </message>
    <message>
        <source>only part of a multi-part card was scanned</source>
        <translation>여러 QR 코드로 된 증명서의 일부만 읽었습니다</translation>
    </message>
    <message>
        <source>Vaccinated, as certified by the issuer</source>
        <translation>접종 완료 (발급기관 인증)</translation>
    </message>
    <message>
        <source>Vaccination, dose %1, %2</source>
        <translation>예방접종 %1차, %2</translation>
    </message>
    <message>
        <source>EU Digital COVID Certificate</source>
        <translation>EU 디지털 코로나19 증명서</translation>
    </message>
    <message>
        <source>SMART Health Card</source>
        <translation>SMART Health Card</translation>
    </message>
    <message>
        <source>NZ COVID Pass</source>
        <translation>뉴질랜드 코로나19 패스</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(기재 없음)</translation>
    </message>
    <message>
        <source>vaccine not recognised: %1</source>
        <translation>인정되지 않는 백신: %1</translation>
    </message>
    <message>
        <source>test type not recognised: %1</source>
        <translation>인정되지 않는 검사 종류: %1</translation>
    </message>
    <message>
        <source>disease not recognised: %1</source>
        <translation>인정되지 않는 대상 질병: %1</translation>
    </message>
    <message>
        <source>a web address, not a pass this kiosk can read</source>
        <translation>웹 주소입니다. 이 키오스크가 읽을 수 있는 증명서가 아닙니다</translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation>읽힌 내용이 없습니다</translation>
    </message>
    <message>
        <source>the venue's rules do not accept this pass (%1)</source>
        <translation>매장의 규칙이 이 증명서를 인정하지 않습니다 (%1)</translation>
    </message>
    <message>
        <source>a demonstration pass: shown, not recorded</source>
        <translation>시연용 증명서: 보여 주기만 하고 기록하지 않습니다</translation>
    </message>
    <message>
        <source>the ledger was written by an older passgate: it is brought up to date when the kiosk starts</source>
        <translation>이전 버전의 passgate가 기록한 출입명부입니다: 키오스크가 시작할 때 새 형식으로 바뀝니다</translation>
    </message>
    <message>
        <source>the ledger refused a value of this entry</source>
        <translation>출입명부가 이 기록의 값을 받지 않았습니다</translation>
    </message>
    <message>
        <source>the ledger refused a value of this entry: %1</source>
        <translation>출입명부가 이 기록의 값을 받지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>SafetyNumberPanel</name>
    <message>
        <source>Safety number check-in</source>
        <translation>개인안심번호 체크인</translation>
    </message>
    <message>
        <source>Safety number, e.g. 12가34나</source>
        <translation>개인안심번호 (예: 12가34나)</translation>
    </message>
    <message>
        <source>Home district (optional), e.g. 강남구</source>
        <translation>거주지 시·군·구 (선택, 예: 강남구)</translation>
    </message>
    <message>
        <source>Now the syllable with its vowel.</source>
        <translation>이제 모음이 붙은 글자를 고르세요.</translation>
    </message>
    <message>
        <source>Keep the syllable (first key) or add a final consonant.</source>
        <translation>글자를 그대로 두거나(첫 번째 키) 받침을 고르세요.</translation>
    </message>
    <message>
        <source>Tap the first consonant of a syllable, or a digit.</source>
        <translation>글자의 첫 자음이나 숫자를 누르세요.</translation>
    </message>
</context>
<context>
    <name>ScanPreview</name>
    <message>
        <source>Hold the QR code inside the frame</source>
        <translation>QR 코드를 네모 안에 맞춰 주세요</translation>
    </message>
</context>
<context>
    <name>SelfScanPage</name>
    <message>
        <source>Staff area</source>
        <translation>직원 메뉴</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up this venue</source>
        <translation>업소 설정</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>저장하고 시작</translation>
    </message>
    <message>
        <source>Until this is done and a trust list is installed, passgate runs in demo mode.</source>
        <translation>설정을 마치고 신뢰 목록을 설치하기 전까지는 데모 모드로 동작합니다.</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>업소 이름</translation>
    </message>
    <message>
        <source>Cafe</source>
        <translation>카페</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>식당</translation>
    </message>
    <message>
        <source>PC bang</source>
        <translation>PC방</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Check-in phone number (안심콜), e.g. 080-123-4567</source>
        <translation>안심콜 번호 (예: 080-123-4567)</translation>
    </message>
    <message>
        <source>Staff PIN (4-8 digits)</source>
        <translation>직원 PIN (4~8자리)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN 확인</translation>
    </message>
</context>
<context>
    <name>StaffArea</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>카운터</translation>
    </message>
    <message>
        <source>Self-scan kiosk</source>
        <translation>셀프 체크인 키오스크</translation>
    </message>
    <message>
        <source>Hospital front desk</source>
        <translation>병원 안내데스크</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>업소 이름</translation>
    </message>
    <message>
        <source>Check-in phone number (안심콜)</source>
        <translation>안심콜 번호</translation>
    </message>
    <message>
        <source>080-123-4567</source>
        <translation>080-123-4567</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>방역 기준</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>소리</translation>
    </message>
    <message>
        <source>Keep entries (days)</source>
        <translation>보관 기간 (일)</translation>
    </message>
    <message>
        <source>Wards / departments (comma separated)</source>
        <translation>병동 / 진료과 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>e.g. 3B, ICU, Radiology</source>
        <translation>예: 3B, 중환자실, 영상의학과</translation>
    </message>
    <message>
        <source>Trust list</source>
        <translation>신뢰 목록</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n check-in(s)</source>
        <translation><numerusform>오늘 체크인 %n건</numerusform></translation>
    </message>
    <message>
        <source>Admitted %1 · Not admitted %2 · Staff checks %3</source>
        <translation>입장 %1 · 입장 불가 %2 · 직원 확인 %3</translation>
    </message>
    <message>
        <source>Lock and close</source>
        <translation>잠그고 닫기</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>Quit passgate</source>
        <translation>passgate 종료</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>업데이트 중…</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>지금 업데이트</translation>
    </message>
    <message>
        <source>Trust list file to import (.pgtb)</source>
        <translation>가져올 신뢰 목록 파일 (.pgtb)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Export folder (e.g. a USB stick)</source>
        <translation>내보낼 폴더 (예: USB 메모리)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <source>Export for contact tracing</source>
        <translation>역학조사용 내보내기</translation>
    </message>
    <message>
        <source>Camera (used from the next start)</source>
        <translation>카메라 (다음 시작부터 적용)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>No camera is connected.</source>
        <translation>연결된 카메라가 없습니다.</translation>
    </message>
    <message>
        <source>Scanning now from: %1 (%2). USB barcode scanners work with any setting.</source>
        <translation>현재 스캔 입력: %1 (%2). USB 바코드 스캐너는 어느 설정에서나 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>스캔</translation>
    </message>
    <message>
        <source>Frames seen %1 · with a code %2 · decoded %3 · dropped while busy %4 · errors %5</source>
        <translation>받은 프레임 %1 · 코드 있음 %2 · 판독 %3 · 처리 중 건너뜀 %4 · 오류 %5</translation>
    </message>
    <message>
        <source>Decode time per frame: p50 %1 ms · p95 %2 ms · p99 %3 ms</source>
        <translation>프레임당 판독 시간: p50 %1 ms · p95 %2 ms · p99 %3 ms</translation>
    </message>
    <message>
        <source>Updating the trust list</source>
        <translation>신뢰 목록 업데이트 중</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Contact tracing</source>
        <translation>역학조사</translation>
    </message>
    <message>
        <source>On a USB stick or used before:</source>
        <translation>USB 메모리에 있거나 전에 쓴 파일:</translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation>USB 메모리 다시 찾기</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>내보낼 곳:</translation>
    </message>
    <message>
        <source>No USB stick found: plug one in, or type a folder.</source>
        <translation>USB 메모리가 없습니다. 꽂거나 폴더를 입력하세요.</translation>
    </message>
    <message>
        <source>Outage mode</source>
        <translation>장애 대응 모드</translation>
    </message>
    <message>
        <source>On since %1: %2. Checks by eye are recorded as such.</source>
        <translation>%1부터 켜져 있음: %2. 직원이 눈으로 확인한 입장은 그렇게 기록됩니다.</translation>
    </message>
    <message>
        <source>When visitors' pass apps or the national service are down: staff check passes by eye, each entry is recorded with the outage.</source>
        <translation>방문자의 증명 앱이나 국가 서비스가 멈췄을 때 켭니다. 직원이 증명을 눈으로 확인하고, 모든 출입 기록에 장애가 함께 남습니다.</translation>
    </message>
    <message>
        <source>National QR service down</source>
        <translation>QR 체크인 서비스 장애</translation>
    </message>
    <message>
        <source>Pass apps down</source>
        <translation>방역패스 앱 장애</translation>
    </message>
    <message>
        <source>Internet down</source>
        <translation>인터넷 장애</translation>
    </message>
    <message>
        <source>What is down (or choose above)</source>
        <translation>장애 내용 (또는 위에서 선택)</translation>
    </message>
    <message>
        <source>End outage mode</source>
        <translation>장애 대응 모드 끄기</translation>
    </message>
    <message>
        <source>Start outage mode</source>
        <translation>장애 대응 모드 켜기</translation>
    </message>
    <message>
        <source>USB barcode scanner, read directly: scans arrive whatever window has the focus and do not type into other programs. Choose the scanner, not the keyboard staff type on.</source>
        <translation>USB 바코드 스캐너 직접 읽기: 어느 창이 선택되어 있어도 스캔이 들어오고 다른 프로그램에 입력되지 않습니다. 직원이 쓰는 키보드가 아니라 스캐너를 고르세요.</translation>
    </message>
    <message>
        <source>None (it types into this window)</source>
        <translation>사용 안 함 (이 창에 입력됨)</translation>
    </message>
    <message>
        <source>USB scanner %1: %2 scans · %3 rejected bursts</source>
        <translation>USB 스캐너 %1: 스캔 %2건 · 거부된 입력 %3건</translation>
    </message>
    <message>
        <source>Last rejected burst: %1</source>
        <translation>마지막 거부된 입력: %1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>DEMO</source>
        <translation>데모</translation>
    </message>
</context>
<context>
    <name>VerdictIcon</name>
    <message>
        <source>check mark</source>
        <translation>확인 표시</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>엑스 표시</translation>
    </message>
    <message>
        <source>exclamation mark</source>
        <translation>느낌표</translation>
    </message>
</context>
<context>
    <name>VerdictOverlay</name>
    <message>
        <source>%1 · born %2</source>
        <translation>%1 · %2 출생</translation>
    </message>
</context>
<context>
    <name>passgate::CheckInController</name>
    <message>
        <source>That is a business number; enter the visitor's own mobile or home number.</source>
        <translation>업소 번호입니다. 방문자의 휴대전화나 집 전화번호를 입력하세요.</translation>
    </message>
    <message>
        <source>A paper check-in needs staff: unlock with the staff PIN.</source>
        <translation>종이 증명서 확인은 직원이 합니다. 직원 PIN으로 잠금을 푸세요.</translation>
    </message>
    <message>
        <source>An override needs staff: unlock with the staff PIN.</source>
        <translation>직원 판정은 직원 PIN으로 잠금을 푼 뒤에 할 수 있습니다.</translation>
    </message>
    <message>
        <source>There is no recorded check-in to override.</source>
        <translation>바꿀 수 있는 기록된 판정이 없습니다.</translation>
    </message>
    <message>
        <source>Say why: an override needs a reason.</source>
        <translation>사유를 입력하세요. 직원 판정에는 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>Phone check-in</source>
        <translation>전화 체크인</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>%1까지 유효</translation>
    </message>
    <message>
        <source>Nothing can be recorded on this kiosk: see the red notice.</source>
        <translation>이 키오스크에서는 아무것도 기록할 수 없습니다: 빨간 안내를 보세요.</translation>
    </message>
    <message>
        <source>Enter the safety number shown under the visitor's QR code.</source>
        <translation>방문자의 QR 코드 아래에 있는 개인안심번호를 입력하세요.</translation>
    </message>
    <message>
        <source>A safety number has 6 characters, like 12가34나.</source>
        <translation>개인안심번호는 12가34나처럼 6자리입니다.</translation>
    </message>
    <message>
        <source>A safety number has only digits and Hangul syllables, like 12가34나.</source>
        <translation>개인안심번호는 12가34나처럼 숫자와 한글로만 되어 있습니다.</translation>
    </message>
    <message>
        <source>A safety number has 4 digits and 2 Hangul syllables, like 12가34나.</source>
        <translation>개인안심번호는 12가34나처럼 숫자 4개와 한글 2글자입니다.</translation>
    </message>
    <message>
        <source>Checks by eye are for outage mode: turn it on in the staff area.</source>
        <translation>눈으로 하는 확인은 장애 대응 모드에서만 합니다. 직원 메뉴에서 켜세요.</translation>
    </message>
    <message>
        <source>Safety number check-in</source>
        <translation>개인안심번호 체크인</translation>
    </message>
    <message>
        <source>Checked by staff during an outage</source>
        <translation>장애 중 직원 확인</translation>
    </message>
    <message>
        <source>Now the second pass</source>
        <translation>이제 두 번째 증명</translation>
    </message>
    <message>
        <source>Part %1 of %2 read</source>
        <translation>%2개 중 %1개 읽음</translation>
    </message>
    <message>
        <source>Show the next QR code of the same card</source>
        <translation>같은 증명서의 다음 QR 코드를 보여 주세요</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not a pass</source>
        <translation>증명서가 아닙니다</translation>
    </message>
    <message>
        <source>Demo pass: shown, not recorded</source>
        <translation>데모 증명서: 표시만 하고 기록하지 않습니다</translation>
    </message>
    <message>
        <source>Nobody was checked in: nothing recorded</source>
        <translation>체크인된 사람이 없습니다: 기록하지 않았습니다</translation>
    </message>
    <message>
        <source>NOT RECORDED — do not admit until the ledger works again</source>
        <translation>기록 안 됨 — 출입명부가 복구될 때까지 입장시키지 마세요</translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n second(s) for the other parts: nothing is recorded until the card is complete</source>
        <translation><numerusform>나머지 QR 코드를 최대 %n초 기다립니다. 카드가 다 읽힐 때까지 기록하지 않습니다</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n second(s) for the second pass: nothing is recorded until it is shown</source>
        <translation><numerusform>두 번째 증명서를 최대 %n초 기다립니다. 보여 줄 때까지 기록하지 않습니다</numerusform></translation>
    </message>
    <message>
        <source>Part %1 of %2 of a card already refused</source>
        <translation>이미 거부된 카드의 %2개 중 %1번째 부분</translation>
    </message>
    <message>
        <source>Recorded once for the whole card: its other parts are not checked again</source>
        <translation>카드 전체에 대해 한 번만 기록했습니다: 나머지 부분은 다시 확인하지 않습니다</translation>
    </message>
    <message>
        <source>The previous visitor's check ended without their second pass: not admitted</source>
        <translation>앞 방문자의 확인은 두 번째 증명 없이 끝났습니다: 입장 불가</translation>
    </message>
</context>
<context>
    <name>passgate::CheckInLogModel</name>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>종이</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>직원 판정</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>보호자</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>방문객</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>배송</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>개인안심번호</translation>
    </message>
    <message>
        <source>Seen by staff</source>
        <translation>직원 육안 확인</translation>
    </message>
</context>
<context>
    <name>passgate::ContactExport</name>
    <message>
        <source>There is no ledger to export.</source>
        <translation>내보낼 출입명부가 없습니다.</translation>
    </message>
    <message>
        <source>Choose 1 to 366 days.</source>
        <translation>1일에서 366일 사이로 정하세요.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>(no folder given)</source>
        <translation>(폴더 없음)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) exported, sealed for the owner, to %1</source>
        <translation><numerusform>체크인 %n건을 업주만 열 수 있게 암호화하여 %1 에 내보냈습니다</numerusform></translation>
    </message>
</context>
<context>
    <name>passgate::KioskAssembly</name>
    <message>
        <source>The ledger cannot be opened, so nothing can be recorded: %1</source>
        <translation>출입명부를 열 수 없어 아무것도 기록할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The ledger was damaged and has been moved aside (kept for rescue): %1. A new ledger was started.</source>
        <translation>출입명부가 손상되어 따로 옮겨 두었습니다(복구용으로 보관): %1. 새 출입명부를 시작했습니다.</translation>
    </message>
    <message>
        <source>The installed trust list was refused and set aside: %1</source>
        <translation>설치된 신뢰 목록이 거부되어 따로 옮겨 두었습니다: %1</translation>
    </message>
    <message>
        <source>Old check-ins could not be deleted on schedule: %1</source>
        <translation>보관 기간이 지난 체크인을 삭제하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>New venue keys. The owner's private key (it opens exported contact lists) is %1, protected by the passphrase %2. Write the passphrase down and move the file off this kiosk: the passphrase is not stored and is shown only until passgate restarts.</source>
        <translation>새 업소 키를 만들었습니다. 업주 개인키(내보낸 연락처 목록을 여는 키)는 %1 이며 암호 %2 로 보호됩니다. 암호를 적어 두고 파일을 이 키오스크 밖으로 옮기세요. 암호는 저장되지 않으며 passgate를 다시 시작하면 더 이상 보이지 않습니다.</translation>
    </message>
    <message>
        <source>Demo passes</source>
        <translation>데모 증명서</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Not recording: %1</source>
        <translation>기록 중단: %1</translation>
    </message>
    <message>
        <source>Ledger: see the staff area</source>
        <translation>출입명부: 직원 메뉴를 확인하세요</translation>
    </message>
    <message numerus="yes">
        <source>Ledger OK · %n today</source>
        <translation><numerusform>출입명부 정상 · 오늘 %n건</numerusform></translation>
    </message>
    <message>
        <source>No trust list: passes cannot be verified</source>
        <translation>신뢰 목록 없음: 증명서를 검증할 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) old</source>
        <translation><numerusform>%n시간 전</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation><numerusform>%n일 전</numerusform></translation>
    </message>
    <message>
        <source>Demo trust list</source>
        <translation>데모 신뢰 목록</translation>
    </message>
    <message>
        <source>Trust list</source>
        <translation>신뢰 목록</translation>
    </message>
    <message>
        <source>%1 expired on %2: every verdict is flagged</source>
        <translation>%1 %2 만료: 모든 판정에 표시됩니다</translation>
    </message>
    <message>
        <source>%1 %2 — update it</source>
        <translation>%1 %2 — 업데이트하세요</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot scan: %1</source>
        <translation>스캔할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Clock wrong: it reads %1, but %2 has passed. Every pass goes to staff until the clock is set.</source>
        <translation>시계가 틀립니다: 지금을 %1(으)로 알고 있지만 %2은(는) 이미 지났습니다. 시계를 맞출 때까지 모든 증명서는 직원 확인으로 넘어갑니다.</translation>
    </message>
    <message>
        <source>Other users of this computer can open %1, which holds the ledger, keys or staff PIN. Restrict it to passgate's user (chmod 700 %1).</source>
        <translation>이 컴퓨터의 다른 사용자가 %1 폴더를 열 수 있습니다. 이 폴더에는 출입명부, 키 또는 직원 PIN이 들어 있습니다. passgate 사용자만 열 수 있게 바꾸세요 (chmod 700 %1).</translation>
    </message>
    <message>
        <source>This kiosk cannot record check-ins, so it checks nobody in: %1. Staff: fix the data folder %2 (or start passgate with another --data-dir) and restart passgate.</source>
        <translation>이 키오스크는 출입을 기록할 수 없어 아무도 체크인하지 않습니다: %1. 직원: 데이터 폴더 %2의 문제를 해결한 뒤(또는 다른 --data-dir로) passgate를 다시 시작하세요.</translation>
    </message>
    <message>
        <source>At %1 the ledger file was deleted while passgate was running.</source>
        <translation>%1에 passgate 실행 중 출입명부 파일이 지워졌습니다.</translation>
    </message>
    <message>
        <source>At %1 the ledger file was replaced by another file while passgate was running.</source>
        <translation>%1에 passgate 실행 중 출입명부 파일이 다른 파일로 바뀌었습니다.</translation>
    </message>
    <message>
        <source>At %1 the ledger file was overwritten while passgate was running.</source>
        <translation>%1에 passgate 실행 중 출입명부 파일이 덮어쓰였습니다.</translation>
    </message>
    <message>
        <source>The check-ins before it could not be copied out (%1).</source>
        <translation>그 전의 체크인 기록은 복사하지 못했습니다(%1).</translation>
    </message>
    <message>
        <source>The check-ins before it were copied to %1.</source>
        <translation>그 전의 체크인 기록은 %1 에 복사해 두었습니다.</translation>
    </message>
    <message>
        <source>What was found in its place is kept as %1.</source>
        <translation>그 자리에 있던 파일은 %1 (으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>%1 Check-ins go on in a new ledger that continues the old one's chain. %2 %3 Keep these files and tell the owner.</source>
        <translation>%1 체크인은 이전 출입명부의 해시 체인을 이어받은 새 출입명부에 계속 기록됩니다. %2 %3 이 파일들을 지우지 말고 업주에게 알리세요.</translation>
    </message>
    <message>
        <source>Picture folder</source>
        <translation>사진 폴더</translation>
    </message>
    <message>
        <source>Recorded video</source>
        <translation>녹화 영상</translation>
    </message>
    <message>
        <source>No ledger: %1</source>
        <translation>출입명부 없음: %1</translation>
    </message>
    <message>
        <source>Ledger OK</source>
        <translation>출입명부 정상</translation>
    </message>
    <message numerus="yes">
        <source>The settings file %1 has %n wrong setting(s), so this kiosk checks nobody in: %2. Staff: correct the file (passgate-cli config check %1 lists them) and restart passgate.</source>
        <translation><numerusform>설정 파일 %1 에 잘못된 설정이 %n개 있어 이 키오스크는 아무도 체크인하지 않습니다: %2. 직원: 파일을 고친 뒤(passgate-cli config check %1 로 목록을 볼 수 있습니다) passgate를 다시 시작하세요.</numerusform></translation>
    </message>
    <message>
        <source>USB scanner</source>
        <translation>USB 스캐너</translation>
    </message>
    <message>
        <source>USB scanner not connected</source>
        <translation>USB 스캐너 연결 안 됨</translation>
    </message>
    <message>
        <source>USB scanner: %1</source>
        <translation>USB 스캐너: %1</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>카메라 없음</translation>
    </message>
    <message>
        <source>Entries are not reaching the owner's server, and will not until someone acts: %1 Check-ins go on and are kept here.</source>
        <translation>출입 기록이 운영자 서버로 전송되지 않으며, 조치하기 전까지 계속 전송되지 않습니다: %1 체크인은 계속되고 기록은 이 기기에 보관됩니다.</translation>
    </message>
    <message>
        <source>Sync: connecting</source>
        <translation>동기화: 연결 중</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>동기화 완료 %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n waiting</source>
        <translation><numerusform>동기화: %n건 대기</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sync: server unreachable · %n waiting</source>
        <translation><numerusform>동기화: 서버 연결 안 됨 · %n건 대기</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n waiting · last %1</source>
        <translation><numerusform>동기화: %n건 대기 · 마지막 %1</numerusform></translation>
    </message>
    <message>
        <source>Sync stopped: see the staff area</source>
        <translation>동기화 중지: 직원 메뉴를 확인하세요</translation>
    </message>
</context>
<context>
    <name>passgate::KioskSettings</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>전화번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Use digits only (hyphens and spaces are fine).</source>
        <translation>숫자만 입력하세요 (하이픈과 공백은 괜찮습니다).</translation>
    </message>
    <message>
        <source>Not a Korean number: start with 010, 02, 031…, 070, 080 or 15xx.</source>
        <translation>국내 번호가 아닙니다. 010, 02, 031…, 070, 080 또는 15xx로 시작합니다.</translation>
    </message>
    <message>
        <source>Too many or too few digits for this kind of number.</source>
        <translation>이 번호 형식에 비해 자릿수가 많거나 적습니다.</translation>
    </message>
    <message>
        <source>The PIN has 4 to 8 digits.</source>
        <translation>PIN은 4~8자리 숫자입니다.</translation>
    </message>
    <message>
        <source>The PIN is digits only.</source>
        <translation>PIN은 숫자만 사용합니다.</translation>
    </message>
    <message>
        <source>Choose a PIN that is harder to guess than 0000 or 1234.</source>
        <translation>0000이나 1234보다 추측하기 어려운 PIN을 고르세요.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>두 PIN이 다릅니다.</translation>
    </message>
    <message>
        <source>Enter the venue's name.</source>
        <translation>업소 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>This kiosk is already set up; change it in the staff area.</source>
        <translation>이 키오스크는 이미 설정되어 있습니다. 바꾸려면 직원 메뉴를 쓰세요.</translation>
    </message>
    <message>
        <source>A self-scan kiosk is set up from its keyboard (Ctrl+Alt+Shift+S) or with passgate-cli setup.</source>
        <translation>셀프 체크인 키오스크는 키보드(Ctrl+Alt+Shift+S)나 passgate-cli setup으로만 설정합니다.</translation>
    </message>
</context>
<context>
    <name>passgate::OutageControl</name>
    <message>
        <source>Outage mode is turned on by staff: unlock with the staff PIN.</source>
        <translation>장애 대응 모드는 직원이 켭니다. 직원 PIN으로 잠금을 푸세요.</translation>
    </message>
    <message>
        <source>Say what is down: choose a reason or type one.</source>
        <translation>무엇이 멈췄는지 고르거나 입력하세요.</translation>
    </message>
    <message>
        <source>Outage mode could not be recorded: %1</source>
        <translation>장애 대응 모드를 기록하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Outage mode is turned off by staff: unlock with the staff PIN.</source>
        <translation>장애 대응 모드는 직원이 끕니다. 직원 PIN으로 잠금을 푸세요.</translation>
    </message>
    <message>
        <source>The end of outage mode could not be recorded: %1</source>
        <translation>장애 대응 모드 종료를 기록하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>passgate::PaperCertificateForm</name>
    <message>
        <source>Choose the vaccine.</source>
        <translation>백신을 고르세요.</translation>
    </message>
    <message>
        <source>Enter the dose as n of m.</source>
        <translation>접종 차수를 n/m으로 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the date of the last dose as YYYY-MM-DD.</source>
        <translation>마지막 접종일을 YYYY-MM-DD로 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the result time as YYYY-MM-DD HH:MM.</source>
        <translation>결과 통보 시각을 YYYY-MM-DD HH:MM으로 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the release date as YYYY-MM-DD.</source>
        <translation>격리해제일을 YYYY-MM-DD로 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the birth date for an age exemption.</source>
        <translation>나이 예외는 생년월일을 입력하세요.</translation>
    </message>
    <message>
        <source>Confirm that the ID matches the certificate.</source>
        <translation>신분증과 증명서가 일치하는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>passgate::RemovableMedia</name>
    <message>
        <source>%1 free</source>
        <translation>%1 남음</translation>
    </message>
    <message>
        <source>used before</source>
        <translation>전에 쓴 폴더</translation>
    </message>
</context>
<context>
    <name>passgate::ScanController</name>
    <message>
        <source>No frame source</source>
        <translation>영상 입력 없음</translation>
    </message>
</context>
<context>
    <name>passgate::StaffAccess</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left before a pause.</source>
        <translation><numerusform>PIN이 틀렸습니다. 잠시 잠기기까지 %n번 남았습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation><numerusform>PIN을 여러 번 틀렸습니다. %n초 후에 다시 시도하세요.</numerusform></translation>
    </message>
    <message>
        <source>No staff PIN is set: finish the setup first.</source>
        <translation>직원 PIN이 없습니다. 먼저 설정을 마치세요.</translation>
    </message>
</context>
<context>
    <name>passgate::TrustListControl</name>
    <message>
        <source>No update address is configured.</source>
        <translation>업데이트 주소가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>(no file given)</source>
        <translation>(파일 없음)</translation>
    </message>
    <message>
        <source>%1 is too large for a trust list</source>
        <translation>%1 파일은 신뢰 목록으로 보기에 너무 큽니다</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <source>That trust list is already in force.</source>
        <translation>이미 적용 중인 신뢰 목록입니다.</translation>
    </message>
    <message>
        <source>Installed trust list %1, valid until %2</source>
        <translation>신뢰 목록 %1 설치됨, %2까지 유효</translation>
    </message>
    <message>
        <source>EU gateway list</source>
        <translation>EU 게이트웨이 목록</translation>
    </message>
    <message>
        <source>EU trust list (JWS)</source>
        <translation>EU 신뢰 목록 (JWS)</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n signer(s)</source>
        <translation><numerusform>%1 %2: 서명자 %n개</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, newest entry %3: %n signer(s)</source>
        <translation><numerusform>%1 %2 (최신 항목 %3): 서명자 %n개</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 of %3: %n signer(s)</source>
        <translation><numerusform>%1 %2 (%3 기준): 서명자 %n개</numerusform></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1개 제외</translation>
    </message>
</context>
</TS>