#!/usr/bin/env python3
"""Synthesises the kiosk's verdict sounds (16-bit mono WAV), so no recorded media is committed.

admit.wav        a short spoken-like confirmation: three voiced syllables with a falling pitch,
                 made of a glottal pulse train through vowel formants (the rhythm of "확인됐습니다")
deny.wav         the two-tone "딩동" chime Korean venues used for a pass that does not count
staff-check.wav  three soft rising beeps: look at the screen

Usage: make-sounds.py OUTPUT_DIR
"""
import math
import os
import struct
import sys
import wave

RATE = 22050


def write(path, samples):
    peak = max(1e-9, max(abs(s) for s in samples))
    scale = 0.8 * 32767 / peak
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * scale)) for s in samples))


def resonator(signal, frequency, bandwidth):
    """Two-pole resonator: a formant of the vocal tract."""
    r = math.exp(-math.pi * bandwidth / RATE)
    c = 2 * r * math.cos(2 * math.pi * frequency / RATE)
    d = -r * r
    y1 = y2 = 0.0
    out = []
    for x in signal:
        y = (1 - c - d) * x + c * y1 + d * y2
        out.append(y)
        y1, y2 = y, y1
    return out


def syllable(duration, pitch_from, pitch_to, formants):
    count = int(duration * RATE)
    source = []
    phase = 0.0
    for i in range(count):
        t = i / count
        pitch = pitch_from + (pitch_to - pitch_from) * t
        phase += pitch / RATE
        # A glottal pulse: sharp closing, soft opening (Rosenberg-like), rich in harmonics.
        p = phase % 1.0
        pulse = (0.5 - 0.5 * math.cos(math.pi * p / 0.6)) if p < 0.6 else math.cos(math.pi * (p - 0.6) / 0.8)
        envelope = min(1.0, t / 0.12) * min(1.0, (1 - t) / 0.25)
        source.append((pulse - 0.4) * envelope)
    voiced = [0.0] * count
    for frequency, bandwidth, gain in formants:
        for i, y in enumerate(resonator(source, frequency, bandwidth)):
            voiced[i] += gain * y
    return voiced


def silence(duration):
    return [0.0] * int(duration * RATE)


def admit():
    # Vowels a, e, i with typical adult formants; pitch falls like a friendly statement.
    a = [(750, 90, 1.0), (1200, 110, 0.6), (2600, 160, 0.25)]
    e = [(500, 80, 1.0), (1850, 120, 0.5), (2600, 160, 0.25)]
    o = [(450, 80, 1.0), (850, 100, 0.6), (2500, 160, 0.2)]
    return (silence(0.03) + syllable(0.16, 210, 200, a) + silence(0.03) + syllable(0.16, 200, 185, e)
            + silence(0.03) + syllable(0.28, 185, 140, o) + silence(0.08))


def bell(frequency, duration):
    count = int(duration * RATE)
    partials = [(1.0, 1.0), (2.0, 0.35), (3.01, 0.12), (4.2, 0.05)]
    out = []
    for i in range(count):
        t = i / RATE
        attack = min(1.0, t / 0.005)
        out.append(attack * sum(g * math.exp(-t * (2.5 + 1.5 * k)) * math.sin(2 * math.pi * frequency * k * t)
                                for k, g in partials))
    return out


def deny():
    ding = bell(659.25, 0.45)  # E5
    dong = bell(523.25, 0.9)   # C5
    return ding + dong


def staff_check():
    out = []
    for frequency in (587.33, 698.46, 880.0):
        count = int(0.12 * RATE)
        out += [math.sin(2 * math.pi * frequency * i / RATE) * math.sin(math.pi * i / count) for i in range(count)]
        out += silence(0.06)
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    os.makedirs(sys.argv[1], exist_ok=True)
    write(os.path.join(sys.argv[1], "admit.wav"), admit())
    write(os.path.join(sys.argv[1], "deny.wav"), deny())
    write(os.path.join(sys.argv[1], "staff-check.wav"), staff_check())


if __name__ == "__main__":
    main()
