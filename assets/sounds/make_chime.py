#!/usr/bin/env python3
"""Writes chime.wav, the sound of a staff call: two soft bell tones (E5, C5),
made for this project. Rerun after changing a number here:
    python3 assets/sounds/make_chime.py assets/sounds/chime.wav
"""
import math
import struct
import sys
import wave

RATE = 22050
TONES = [(659.25, 0.0), (523.25, 0.45)]  # frequency in Hz, start in seconds
LENGTH = 1.3  # seconds
VOLUME = 0.35  # of full scale: a reception area, not an alarm


def sample(t):
    value = 0.0
    for frequency, start in TONES:
        if t < start:
            continue
        age = t - start
        attack = min(1.0, age / 0.01)  # no click at the start
        decay = math.exp(-age * 4.0)
        # The fundamental with a little of the octave: a bell rather than a beep.
        value += attack * decay * (math.sin(2 * math.pi * frequency * age)
                                   + 0.3 * math.sin(4 * math.pi * frequency * age))
    return max(-1.0, min(1.0, VOLUME * value))


def main(path):
    frames = b"".join(struct.pack("<h", int(32767 * sample(i / RATE)))
                      for i in range(int(LENGTH * RATE)))
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


main(sys.argv[1])
