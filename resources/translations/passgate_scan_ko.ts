<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>passgate::CameraFrameSource</name>
    <message>
        <source>Camera off</source>
        <translation>카메라 꺼짐</translation>
    </message>
    <message>
        <source>Camera “%1”: %2x%3 %4 up to %5 fps</source>
        <translation>카메라 “%1”: %2x%3 %4 최대 %5 fps</translation>
    </message>
    <message>
        <source>Opening camera “%1”</source>
        <translation>카메라 “%1” 여는 중</translation>
    </message>
</context>
<context>
    <name>passgate::DemoFrameSource</name>
    <message>
        <source>cannot render the demo pass '%1' as a QR code</source>
        <translation>데모 패스 '%1'을(를) QR 코드로 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>멈춤</translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n pass(es)</source>
        <translation><numerusform>데모: 패스 %n개</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Demo: showed all %n pass(es)</source>
        <translation><numerusform>데모: 패스 %n개를 모두 보여 주었습니다</numerusform></translation>
    </message>
</context>
<context>
    <name>passgate::HidScanner</name>
    <message>
        <source>Scanner not connected: %1</source>
        <translation>스캐너가 연결되어 있지 않습니다: %1</translation>
    </message>
    <message>
        <source>No permission to read the scanner %1: add the kiosk's user to the 'input' group, or install the udev rule from the README</source>
        <translation>스캐너 %1을(를) 읽을 권한이 없습니다: 키오스크 사용자를 'input' 그룹에 추가하거나 README의 udev 규칙을 설치하세요</translation>
    </message>
    <message>
        <source>Cannot open the scanner %1: %2</source>
        <translation>스캐너 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not an input device (%2)</source>
        <translation>%1은(는) 입력 장치가 아닙니다 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) has no letter keys: it is not a keyboard or barcode scanner</source>
        <translation>%1 (%2)에는 문자 키가 없습니다: 키보드나 바코드 스캐너가 아닙니다</translation>
    </message>
    <message>
        <source>Another program holds the scanner %1 (%2)</source>
        <translation>다른 프로그램이 스캐너 %1을(를) 사용 중입니다 (%2)</translation>
    </message>
    <message>
        <source>Scanner unplugged: %1</source>
        <translation>스캐너 연결이 끊겼습니다: %1</translation>
    </message>
    <message>
        <source>Scanner %1 stopped answering: %2</source>
        <translation>스캐너 %1이(가) 응답하지 않습니다: %2</translation>
    </message>
</context>
<context>
    <name>passgate::ImageFolderFrameSource</name>
    <message>
        <source>No such folder: %1</source>
        <translation>폴더가 없습니다: %1</translation>
    </message>
    <message>
        <source>No pictures in %1</source>
        <translation>%1 에 사진이 없습니다</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Showed every picture of %1</source>
        <translation>%1 의 사진을 모두 보여 주었습니다</translation>
    </message>
    <message>
        <source>No readable picture in %1</source>
        <translation>%1 에 읽을 수 있는 사진이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n picture(s) from %1</source>
        <translation><numerusform>%1 의 사진 %n장을 보여 주는 중</numerusform></translation>
    </message>
</context>
<context>
    <name>passgate::VideoFileFrameSource</name>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>%1 을(를) 재생할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No readable video file at %1</source>
        <translation>%1 에 읽을 수 있는 동영상 파일이 없습니다</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 여는 중</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Playing %1</source>
        <translation>%1 재생 중</translation>
    </message>
    <message>
        <source>Played %1 to the end</source>
        <translation>%1 을(를) 끝까지 재생했습니다</translation>
    </message>
</context>
</TS>