#!/usr/bin/env python3
"""Puts the characters of TEXT that the X keyboard map lacks (Hangul, say) on spare key codes before
the characters are typed, through libX11 with ctypes (no extra package). Run it while the program
that reads them is connected: Xvfb resets its keyboard map when its last client disconnects.
xdotool types such a character by remapping a spare key code for each one as it goes; a program that
is still busy with the previous key when the map changes reads the next character instead (a loaded
CI machine turned "카페 패스게이트" into "카이 이이트트"). With the characters already in the map,
xdotool presses their keys and never remaps. usage: preload_keysyms.py TEXT"""
import ctypes, sys
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XDisplayKeycodes.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
x.XGetKeyboardMapping.restype = ctypes.POINTER(ctypes.c_ulong)
x.XGetKeyboardMapping.argtypes = [ctypes.c_void_p, ctypes.c_ubyte, ctypes.c_int, ctypes.POINTER(ctypes.c_int)]
x.XChangeKeyboardMapping.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_ulong), ctypes.c_int]
x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
x.XFree.argtypes = [ctypes.c_void_p]
d = x.XOpenDisplay(None)
if not d:
    print("preload_keysyms: no display"); sys.exit(2)
low, high = ctypes.c_int(), ctypes.c_int()
x.XDisplayKeycodes(d, ctypes.byref(low), ctypes.byref(high))
per = ctypes.c_int()
count = high.value - low.value + 1
table = x.XGetKeyboardMapping(d, low.value, count, ctypes.byref(per))
present = set()
spare = []
for i in range(count):
    syms = [table[i * per.value + j] for j in range(per.value)]
    present.update(s for s in syms if s)
    if not any(syms) and low.value + i > 8:  # keycode 8 is left alone: some clients skip it
        spare.append(low.value + i)
x.XFree(table)
wanted = []
for ch in dict.fromkeys(sys.argv[1]):
    sym = ord(ch) if ord(ch) < 0x100 else 0x01000000 | ord(ch)
    if sym not in present and ch != " ":
        wanted.append(sym)
if len(wanted) > len(spare):
    print("preload_keysyms: not enough spare key codes"); sys.exit(1)
for code, sym in zip(spare, wanted):
    syms = (ctypes.c_ulong * 2)(sym, sym)
    x.XChangeKeyboardMapping(d, code, 2, syms, 1)
x.XSync(d, 0)
print(f"preload_keysyms: {len(wanted)} characters on spare key codes")
