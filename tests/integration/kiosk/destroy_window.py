#!/usr/bin/env python3
"""Destroys the X11 window titled NAME the way `xdotool windowclose` does (XDestroyWindow from
another client, no close request), through libX11 with ctypes: no extra package.
usage: destroy_window.py [--probe] NAME   (--probe: only look; exit 0 found/destroyed, 1 no such window,
2 no display)"""
import ctypes, sys, time
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XDefaultRootWindow.restype = ctypes.c_ulong
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)), ctypes.POINTER(ctypes.c_uint)]
x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
x.XDestroyWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x.XFlush.argtypes = [ctypes.c_void_p]
d = x.XOpenDisplay(None)
if not d:
    print("no display"); sys.exit(2)
def walk(w):
    root = ctypes.c_ulong(); parent = ctypes.c_ulong(); children = ctypes.POINTER(ctypes.c_ulong)(); n = ctypes.c_uint()
    if not x.XQueryTree(d, w, ctypes.byref(root), ctypes.byref(parent), ctypes.byref(children), ctypes.byref(n)): return []
    out = [children[i] for i in range(n.value)]
    res = []
    for c in out:
        res.append(c); res += walk(c)
    return res
probe = sys.argv[1] == "--probe"
name = sys.argv[-1].encode()
for w in walk(x.XDefaultRootWindow(d)):
    n = ctypes.c_char_p()
    if x.XFetchName(d, w, ctypes.byref(n)) and n.value == name:
        if not probe:
            x.XDestroyWindow(d, w); x.XFlush(d)
        print("found" if probe else "destroyed", w); sys.exit(0)
print("not found"); sys.exit(1)
