#pragma once

#include <QList>
#include <QString>

namespace passgate {

// The keyboards and keyboard-like devices (USB barcode scanners are keyboards to the kernel) this
// machine has, for the staff area's scanner choice. Read from /dev/input/by-id, whose names survive a
// reboot and a different USB port (the path is what the configuration stores), or, on a system
// without udev's links, from the event nodes whose keys include letters (their sysfs capabilities).
struct InputKeyboard
{
    QString path;  // /dev/input/by-id/usb-...-event-kbd, or /dev/input/eventN
    QString label; // the device's name as the kernel reports it
};

namespace InputKeyboards {

// DEV_ROOT and SYS_ROOT are "/dev/input" and "/sys/class/input" but for tests.
QList<InputKeyboard> list(const QString &devRoot = QStringLiteral("/dev/input"),
                          const QString &sysRoot = QStringLiteral("/sys/class/input"));

} // namespace InputKeyboards

} // namespace passgate
