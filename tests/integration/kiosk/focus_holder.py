#!/usr/bin/env python3
"""An X11 window titled NAME that takes the input focus and keeps it, standing in for the POS or the
PC-bang manager in front of passgate; through libX11 with ctypes (no extra package). Runs until killed.
usage: focus_holder.py NAME"""
import ctypes, sys, time
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XDefaultRootWindow.restype = ctypes.c_ulong
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XCreateSimpleWindow.restype = ctypes.c_ulong
x.XCreateSimpleWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                                  ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_ulong]
x.XStoreName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_char_p]
x.XMapRaised.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
x.XFlush.argtypes = [ctypes.c_void_p]
x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
d = x.XOpenDisplay(None)
if not d:
    print("no display"); sys.exit(2)
w = x.XCreateSimpleWindow(d, x.XDefaultRootWindow(d), 0, 0, 800, 600, 0, 0, 0xffffff)
x.XStoreName(d, w, sys.argv[1].encode())
x.XMapRaised(d, w)
x.XSync(d, 0)
time.sleep(0.5)
while True:  # passgate may map its window later: take the focus back every half second
    x.XSetInputFocus(d, w, 1, 0)  # RevertToPointerRoot, CurrentTime
    x.XSync(d, 0)
    time.sleep(0.5)
