<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>passgate::CameraFrameSource</name>
    <message>
        <source>Camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera “%1”: %2x%3 %4 up to %5 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening camera “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passgate::DemoFrameSource</name>
    <message>
        <source>cannot render the demo pass &apos;%1&apos; as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n pass(es)</source>
        <translation>
            <numerusform>Demo: %n pass</numerusform>
            <numerusform>Demo: %n passes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo: showed all %n pass(es)</source>
        <translation>
            <numerusform>Demo: showed all %n pass</numerusform>
            <numerusform>Demo: showed all %n passes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passgate::HidScanner</name>
    <message>
        <source>Scanner not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to read the scanner %1: add the kiosk&apos;s user to the &apos;input&apos; group, or install the udev rule from the README</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the scanner %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an input device (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no letter keys: it is not a keyboard or barcode scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program holds the scanner %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner unplugged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner %1 stopped answering: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passgate::ImageFolderFrameSource</name>
    <message>
        <source>No such folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showed every picture of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readable picture in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n picture(s) from %1</source>
        <translation>
            <numerusform>Showing %n picture from %1</numerusform>
            <numerusform>Showing %n pictures from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passgate::VideoFileFrameSource</name>
    <message>
        <source>Cannot play %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readable video file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played %1 to the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
