// A USB barcode scanner made in the kernel (/dev/uinput, through libevdev): prints its device node,
// waits until GO_FILE exists, then types TEXT as scanners do (a key every 3 ms, capitals with Shift,
// Enter at the end) and keeps the device for a second so the reader drains it.
// usage: uinput_typist GO_FILE TEXT
#include "scan/UsKeyLayout.h"

#include <QFile>
#include <QString>

#include <libevdev/libevdev-uinput.h>
#include <libevdev/libevdev.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

using namespace std::chrono_literals;

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: uinput_typist GO_FILE TEXT\n");
        return 2;
    }
    libevdev *prototype = libevdev_new();
    libevdev_set_name(prototype, "passgate test scanner");
    libevdev_set_id_bustype(prototype, 0x03);
    libevdev_set_id_vendor(prototype, 0x0c2e);
    libevdev_set_id_product(prototype, 0x0901);
    libevdev_enable_event_type(prototype, EV_KEY);
    for (unsigned code = KEY_ESC; code <= KEY_KPDOT; ++code)
        libevdev_enable_event_code(prototype, EV_KEY, code, nullptr);
    libevdev_uinput *device = nullptr;
    const int rc = libevdev_uinput_create_from_device(prototype, LIBEVDEV_UINPUT_OPEN_MANAGED, &device);
    libevdev_free(prototype);
    if (rc < 0) {
        std::fprintf(stderr, "uinput_typist: cannot make a virtual keyboard: %s\n", std::strerror(-rc));
        return 1;
    }
    std::printf("%s\n", libevdev_uinput_get_devnode(device));
    std::fflush(stdout);
    const QString go = QString::fromLocal8Bit(argv[1]);
    for (int i = 0; i < 600 && !QFile::exists(go); ++i)
        std::this_thread::sleep_for(100ms);
    const auto key = [device](unsigned code, int value) {
        libevdev_uinput_write_event(device, EV_KEY, code, value);
        libevdev_uinput_write_event(device, EV_SYN, SYN_REPORT, 0);
    };
    for (const QChar ch : QString::fromUtf8(argv[2])) {
        const auto stroke = passgate::UsKeyLayout::keystroke(ch);
        if (!stroke) {
            std::fprintf(stderr, "uinput_typist: no US key for U+%04X\n", ch.unicode());
            return 1;
        }
        if (stroke->shift)
            key(KEY_LEFTSHIFT, 1);
        key(unsigned(stroke->code), 1);
        key(unsigned(stroke->code), 0);
        if (stroke->shift)
            key(KEY_LEFTSHIFT, 0);
        std::this_thread::sleep_for(3ms);
    }
    key(KEY_ENTER, 1);
    key(KEY_ENTER, 0);
    std::this_thread::sleep_for(1s);
    libevdev_uinput_destroy(device);
    return 0;
}
