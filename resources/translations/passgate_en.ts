<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CounterPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not admitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seen by staff (outage mode):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FrontDeskPanel</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visitor category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ward / department</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>Check-ins paused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo mode: this venue is not set up yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kiosk is not set up yet: please ask staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outage mode since %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>passgate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverridePanel</name>
    <message>
        <source>Staff override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admit anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decide against the last verdict. The reason and your staff id (%1) are recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decide against the last verdict. The reason is recorded (no staff id was given when unlocking).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PanelFrame</name>
    <message>
        <source>Check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaperCheckInPanel</name>
    <message>
        <source>Paper certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vaccination certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sticker on ID card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PCR / test result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery / release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pfizer (Comirnaty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moderna (Spikevax)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AstraZeneca (Vaxzevria)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Janssen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Novavax (Nuvaxovid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vaccine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dose number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Doses in the series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of this dose (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PCR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rapid antigen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result time (YYYY-MM-DD HH:MM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release date (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medical exemption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date (for age rules)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ ID checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID checked?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhoneCheckInPanel</name>
    <message>
        <source>Phone check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The visitor calls the check-in number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no number set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…or type the visitor's mobile or home number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>010-1234-5678</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The visitor gives a safety number (12가34나) instead</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n second.</numerusform><numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>Staff id or initials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>vaccinated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>booster dose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>negative test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recovered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>medical exemption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exempt by age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no pass: may be seated alone only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the ID against the certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the venue's policy "%1" is not available — staff decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the kiosk clock looks wrong — check by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pass data malformed: %1 — check the visitor's ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>birth date lies after the pass was issued — check the visitor's ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vaccination date lies after the pass was issued — check by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>test time lies after the pass was issued — check by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recovery date lies after the pass was issued — check by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a date on the pass cannot be read (%1) — check by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trust list expired — check the pass by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trust list expired on %1 — check the pass by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vaccination too recent: not counted yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vaccination no longer counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vaccination series not complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>test result positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this kind of test is not accepted here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>test result too old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>test time lies in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recovery not valid yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recovery no longer counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exemption expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate is not about COVID-19</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this kind of certificate is not accepted here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no pass shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pass expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pass not valid yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid only from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signature invalid — possibly forged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issuer not on the trust list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issuer may not sign this kind of pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signature algorithm not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pass content is malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a pass this kiosk can read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pass revoked by its issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no trust list installed — passes cannot be verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>staff decision: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an override needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not be recorded — check-ins are paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no entry ledger available on this kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger cannot be written (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger is locked by another program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger file was deleted or replaced and no new one could be started: staff must fix the data folder and restart passgate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger refused the entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ledger: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vaccination, dose %1 of %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rapid antigen test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PCR test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery, valid until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medical exemption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exempt by age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not admitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no entry ledger available on this kiosk: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another passgate is already using this data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the venue keys are missing or unusable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger file is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger was written by a newer passgate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger cannot be read or written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seen by staff: a pass on the visitor's phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seen by staff: a vaccination sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seen by staff: a paper certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seen by staff: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a check by staff needs who checked and what they saw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a negative test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a vaccination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a recovery certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counts only with %1 beside it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now show the second pass: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the second pass was not shown in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the second pass belongs to someone else: both must be the same person's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed with another issuer's key — possibly forged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only part of a multi-part card was scanned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vaccinated, as certified by the issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vaccination, dose %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EU Digital COVID Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMART Health Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NZ COVID Pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vaccine not recognised: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>test type not recognised: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disease not recognised: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a web address, not a pass this kiosk can read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the venue's rules do not accept this pass (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a demonstration pass: shown, not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger was written by an older passgate: it is brought up to date when the kiosk starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger refused a value of this entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ledger refused a value of this entry: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SafetyNumberPanel</name>
    <message>
        <source>Safety number check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safety number, e.g. 12가34나</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home district (optional), e.g. 강남구</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now the syllable with its vowel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the syllable (first key) or add a final consonant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap the first consonant of a syllable, or a digit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScanPreview</name>
    <message>
        <source>Hold the QR code inside the frame</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SelfScanPage</name>
    <message>
        <source>Staff area</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up this venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until this is done and a trust list is installed, passgate runs in demo mode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cafe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restaurant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PC bang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in phone number (안심콜), e.g. 080-123-4567</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff PIN (4-8 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffArea</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-scan kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hospital front desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in phone number (안심콜)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>080-123-4567</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep entries (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wards / departments (comma separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 3B, ICU, Radiology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera (used from the next start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No camera is connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scanning now from: %1 (%2). USB barcode scanners work with any setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scanning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frames seen %1 · with a code %2 · decoded %3 · dropped while busy %4 · errors %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decode time per frame: p50 %1 ms · p95 %2 ms · p99 %3 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact tracing</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Today: %n check-in(s)</source>
        <translation><numerusform>Today: %n check-in</numerusform><numerusform>Today: %n check-ins</numerusform></translation>
    </message>
    <message>
        <source>Admitted %1 · Not admitted %2 · Staff checks %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust list file to import (.pgtb)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating the trust list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export folder (e.g. a USB stick)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export for contact tracing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock and close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit passgate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On a USB stick or used before:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No USB stick found: plug one in, or type a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outage mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On since %1: %2. Checks by eye are recorded as such.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When visitors' pass apps or the national service are down: staff check passes by eye, each entry is recorded with the outage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National QR service down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass apps down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internet down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is down (or choose above)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End outage mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start outage mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USB barcode scanner, read directly: scans arrive whatever window has the focus and do not type into other programs. Choose the scanner, not the keyboard staff type on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None (it types into this window)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USB scanner %1: %2 scans · %3 rejected bursts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last rejected burst: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>DEMO</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerdictIcon</name>
    <message>
        <source>check mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cross</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exclamation mark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerdictOverlay</name>
    <message>
        <source>%1 · born %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>passgate::CheckInController</name>
    <message>
        <source>Nothing can be recorded on this kiosk: see the red notice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is a business number; enter the visitor's own mobile or home number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A paper check-in needs staff: unlock with the staff PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An override needs staff: unlock with the staff PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no recorded check-in to override.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why: an override needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the safety number shown under the visitor's QR code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A safety number has 6 characters, like 12가34나.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A safety number has only digits and Hangul syllables, like 12가34나.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A safety number has 4 digits and 2 Hangul syllables, like 12가34나.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks by eye are for outage mode: turn it on in the staff area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safety number check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked by staff during an outage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now the second pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part %1 of %2 read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the next QR code of the same card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo pass: shown, not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody was checked in: nothing recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOT RECORDED — do not admit until the ledger works again</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Waiting up to %n second(s) for the other parts: nothing is recorded until the card is complete</source>
        <translation><numerusform>Waiting up to %n second for the other parts: nothing is recorded until the card is complete</numerusform><numerusform>Waiting up to %n seconds for the other parts: nothing is recorded until the card is complete</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n second(s) for the second pass: nothing is recorded until it is shown</source>
        <translation><numerusform>Waiting up to %n second for the second pass: nothing is recorded until it is shown</numerusform><numerusform>Waiting up to %n seconds for the second pass: nothing is recorded until it is shown</numerusform></translation>
    </message>
    <message>
        <source>Part %1 of %2 of a card already refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded once for the whole card: its other parts are not checked again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous visitor's check ended without their second pass: not admitted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>passgate::CheckInLogModel</name>
    <message>
        <source>QR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safety number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seen by staff</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>passgate::ContactExport</name>
    <message>
        <source>There is no ledger to export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose 1 to 366 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no folder given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n check-in(s) exported, sealed for the owner, to %1</source>
        <translation><numerusform>%n check-in exported, sealed for the owner, to %1</numerusform><numerusform>%n check-ins exported, sealed for the owner, to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>passgate::KioskAssembly</name>
    <message>
        <source>Other users of this computer can open %1, which holds the ledger, keys or staff PIN. Restrict it to passgate's user (chmod 700 %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ledger cannot be opened, so nothing can be recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ledger was damaged and has been moved aside (kept for rescue): %1. A new ledger was started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At %1 the ledger file was deleted while passgate was running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At %1 the ledger file was replaced by another file while passgate was running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At %1 the ledger file was overwritten while passgate was running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check-ins before it could not be copied out (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check-ins before it were copied to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was found in its place is kept as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Check-ins go on in a new ledger that continues the old one's chain. %2 %3 Keep these files and tell the owner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The installed trust list was refused and set aside: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Old check-ins could not be deleted on schedule: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New venue keys. The owner's private key (it opens exported contact lists) is %1, protected by the passphrase %2. Write the passphrase down and move the file off this kiosk: the passphrase is not stored and is shown only until passgate restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot scan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo passes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kiosk cannot record check-ins, so it checks nobody in: %1. Staff: fix the data folder %2 (or start passgate with another --data-dir) and restart passgate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recording: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ledger: see the staff area</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Ledger OK · %n today</source>
        <translation><numerusform>Ledger OK · %n today</numerusform><numerusform>Ledger OK · %n today</numerusform></translation>
    </message>
    <message>
        <source>No trust list: passes cannot be verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clock wrong: it reads %1, but %2 has passed. Every pass goes to staff until the clock is set.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n hour(s) old</source>
        <translation><numerusform>%n hour old</numerusform><numerusform>%n hours old</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation><numerusform>%n day old</numerusform><numerusform>%n days old</numerusform></translation>
    </message>
    <message>
        <source>Demo trust list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 expired on %2: every verdict is flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 — update it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No ledger: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ledger OK</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The settings file %1 has %n wrong setting(s), so this kiosk checks nobody in: %2. Staff: correct the file (passgate-cli config check %1 lists them) and restart passgate.</source>
        <translation><numerusform>The settings file %1 has %n wrong setting, so this kiosk checks nobody in: %2. Staff: correct the file (passgate-cli config check %1 lists them) and restart passgate.</numerusform><numerusform>The settings file %1 has %n wrong settings, so this kiosk checks nobody in: %2. Staff: correct the file (passgate-cli config check %1 lists them) and restart passgate.</numerusform></translation>
    </message>
    <message>
        <source>USB scanner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USB scanner not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USB scanner: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries are not reaching the owner's server, and will not until someone acts: %1 Check-ins go on and are kept here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync: connecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sync: %n waiting</source>
        <translation><numerusform>Sync: %n waiting</numerusform><numerusform>Sync: %n waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sync: server unreachable · %n waiting</source>
        <translation><numerusform>Sync: server unreachable · %n waiting</numerusform><numerusform>Sync: server unreachable · %n waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n waiting · last %1</source>
        <translation><numerusform>Sync: %n waiting · last %1</numerusform><numerusform>Sync: %n waiting · last %1</numerusform></translation>
    </message>
    <message>
        <source>Sync stopped: see the staff area</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>passgate::KioskSettings</name>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use digits only (hyphens and spaces are fine).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a Korean number: start with 010, 02, 031…, 070, 080 or 15xx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many or too few digits for this kind of number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PIN has 4 to 8 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PIN is digits only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a PIN that is harder to guess than 0000 or 1234.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kiosk is already set up; change it in the staff area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A self-scan kiosk is set up from its keyboard (Ctrl+Alt+Shift+S) or with passgate-cli setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the venue's name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>passgate::OutageControl</name>
    <message>
        <source>Outage mode is turned on by staff: unlock with the staff PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what is down: choose a reason or type one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outage mode could not be recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outage mode is turned off by staff: unlock with the staff PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end of outage mode could not be recorded: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>passgate::PaperCertificateForm</name>
    <message>
        <source>Choose the vaccine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the dose as n of m.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the date of the last dose as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the result time as YYYY-MM-DD HH:MM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the release date as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the birth date for an age exemption.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm that the ID matches the certificate.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>passgate::RemovableMedia</name>
    <message>
        <source>%1 free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>used before</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>passgate::ScanController</name>
    <message>
        <source>No frame source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>passgate::StaffAccess</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left before a pause.</source>
        <translation><numerusform>Wrong PIN. %n attempt left before a pause.</numerusform><numerusform>Wrong PIN. %n attempts left before a pause.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n second.</numerusform><numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>No staff PIN is set: finish the setup first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>passgate::TrustListControl</name>
    <message>
        <source>No update address is configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no file given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large for a trust list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That trust list is already in force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed trust list %1, valid until %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EU gateway list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EU trust list (JWS)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 %2: %n signer(s)</source>
        <translation><numerusform>%1 %2: %n signer</numerusform><numerusform>%1 %2: %n signers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, newest entry %3: %n signer(s)</source>
        <translation><numerusform>%1 %2, newest entry %3: %n signer</numerusform><numerusform>%1 %2, newest entry %3: %n signers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 of %3: %n signer(s)</source>
        <translation><numerusform>%1 %2 of %3: %n signer</numerusform><numerusform>%1 %2 of %3: %n signers</numerusform></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>