#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

// One fuzz target = these two functions. Built with -DPASSGATE_FUZZ=ON (clang) the target is a
// libFuzzer program; in every build it is also a replay program (FuzzReplay.cpp) that ctest runs
// over the seeds and a fixed number of deterministic mutations of them, so the entry points are
// exercised on every CI run, not only by whoever runs the fuzzer.

// libFuzzer's entry point: must accept any bytes without crashing, leaking or hanging.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

// Valid and near-valid inputs that reach deep into the code under test; a fuzzer starts from them.
QList<QByteArray> fuzzSeeds();

// A seed for a target whose first byte picks how deep the rest goes.
inline QByteArray withMode(char mode, const QByteArray &body)
{
    return QByteArray(1, mode) + body;
}
