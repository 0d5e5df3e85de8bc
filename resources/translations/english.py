#!/usr/bin/env python3
"""Fills the plural forms of an English catalogue (passgate_en.ts, passgate_scan_en.ts) after lupdate.

English is the source language, so only messages with a count need a translation: the source writes
"%n day(s) old" and English shows "1 day old" / "2 days old". Every "(s)" ("(es)") becomes "" in the
singular form and "s" ("es") in the plural one; other messages are left untranslated (the source text is shown).
A counted message without "(s)" ("Ledger OK · %n today") reads the same for every count.
Usage: english.py passgate_en.ts [--check]   (--check: change nothing, fail when a form is missing)
"""
import sys
import xml.etree.ElementTree as ET


def forms(source):
    singular = source.replace("(es)", "").replace("(s)", "")
    plural = source.replace("(es)", "es").replace("(s)", "s")
    return [singular, plural]


def main():
    path = sys.argv[1]
    check = "--check" in sys.argv[2:]
    tree = ET.parse(path)
    problems = []
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text
        translation = message.find("translation")
        wanted = forms(source)
        present = [form.text for form in translation.findall("numerusform")]
        if check:
            if present != wanted or translation.get("type") == "unfinished":
                problems.append("plural forms missing or stale: " + source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in wanted:
            ET.SubElement(translation, "numerusform").text = text
    if not check:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    if problems:
        sys.exit("\n".join(problems))


if __name__ == "__main__":
    main()
